using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Sql.Simulator;

namespace Stockbridge.Connectors.Sql.Tests.Support;

/// <summary>The sql simulator on a server engine: the Acme ERP in a private database of the test server (one per test class).</summary>
public sealed class ServerSimulatorDescriptor(string engine, TestDatabaseServer server) : ISimulatorDescriptor
{
    private readonly SqlSimulatorDescriptor _inner = new();

    /// <inheritdoc />
    public string Key => _inner.Key;

    /// <inheritdoc />
    public string Summary => _inner.Summary;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags => _inner.Flags;

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var admin = await server.AdminConnectionStringAsync();
        return await _inner.StartAsync(start with { Arguments = [.. start.Arguments, "--engine", engine, "--admin", admin] }, cancellationToken);
    }
}
