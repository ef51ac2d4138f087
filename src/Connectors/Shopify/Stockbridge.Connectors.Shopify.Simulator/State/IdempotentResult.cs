namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>What an idempotency key stored: the hash of the parameters it was first used with, and the result.</summary>
public sealed record IdempotentResult(string ParameterHash, object? Result);
