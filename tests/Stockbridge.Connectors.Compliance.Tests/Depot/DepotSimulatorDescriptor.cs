using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>Starts an in-memory depot.</summary>
public sealed class DepotSimulatorDescriptor : ISimulatorDescriptor
{
    public string Key => DepotManifest.Key;

    public string Summary => "A fulfilment depot held in memory.";

    public IReadOnlyList<SimulatorFlag> Flags => [];

    public Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken) =>
        Task.FromResult<IRunningSimulator>(new DepotSimulator());
}
