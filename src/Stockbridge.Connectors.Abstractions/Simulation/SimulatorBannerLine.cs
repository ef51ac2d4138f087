namespace Stockbridge.Connectors.Simulation;

/// <summary>One line of a simulator's start-up banner.</summary>
/// <param name="Label">What it is, e.g. <c>admin API base</c>.</param>
/// <param name="Value">Its value, e.g. the URL or a credential.</param>
public sealed record SimulatorBannerLine(string Label, string Value);
