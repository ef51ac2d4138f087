using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors;

/// <summary>
/// The one registration of a connector: its factory and its simulator. Each connector folder has one subclass
/// (e.g. <c>public sealed class AcmeModule() : ConnectorModule(new AcmeConnectorFactory(), new AcmeSimulatorDescriptor());</c>)
/// and the catalogue lists it in one line; the CLI, the console, <c>simulate</c> and the demo find connectors only there.
/// </summary>
/// <param name="factory">Binds the connector to a connection.</param>
/// <param name="simulator">Starts the outside system's simulator.</param>
public abstract class ConnectorModule(IConnectorFactory factory, ISimulatorDescriptor simulator)
{
    /// <summary>Binds the connector to a connection; carries the manifest.</summary>
    public IConnectorFactory Factory { get; } = factory;

    /// <summary>Starts the outside system's simulator.</summary>
    public ISimulatorDescriptor Simulator { get; } = simulator;

    /// <summary>The connector's key.</summary>
    public string Key => Factory.Manifest.Key;
}
