namespace Stockbridge.Connectors.Simulation;

/// <summary>A command-line flag a simulator accepts.</summary>
/// <param name="Name">The flag, e.g. <c>--port</c>.</param>
/// <param name="Value">What it takes, e.g. <c>N</c> or <c>standard|advanced|plus</c>.</param>
/// <param name="Description">What it does.</param>
public sealed record SimulatorFlag(string Name, string Value, string Description);
