using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance.Tests.Stall;

/// <summary>Starts an in-memory stall.</summary>
public sealed class StallSimulatorDescriptor : ISimulatorDescriptor
{
    public string Key => StallManifest.Key;

    public string Summary => "A market stall held in memory (no webhooks, no fulfilments).";

    public IReadOnlyList<SimulatorFlag> Flags => [];

    public Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken) =>
        Task.FromResult<IRunningSimulator>(new StallSimulator());
}
