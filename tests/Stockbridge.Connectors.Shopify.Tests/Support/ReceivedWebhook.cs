namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>A webhook as the receiver got it: lowercase headers and the raw body.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, byte[] Body);
