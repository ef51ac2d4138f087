using Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>The Parcelninja connector's one registration: its factory and its simulator. The catalogue lists it in one line.</summary>
public sealed class ParcelninjaModule() : ConnectorModule(new ParcelninjaConnectorFactory(), new ParcelninjaSimulatorDescriptor());
