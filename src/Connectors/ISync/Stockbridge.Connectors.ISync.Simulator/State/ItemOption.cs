namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>One option of a variant, e.g. Size = M.</summary>
/// <param name="Name">The option's name.</param>
/// <param name="Value">This variant's value.</param>
public sealed record ItemOption(string Name, string Value);
