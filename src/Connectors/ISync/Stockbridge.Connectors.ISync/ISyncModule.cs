using Stockbridge.Connectors.ISync.Simulator.Hosting;

namespace Stockbridge.Connectors.ISync;

/// <summary>The ISync connector's one registration: its factory and its simulator. The catalogue lists it in one line.</summary>
public sealed class ISyncModule() : ConnectorModule(new ISyncConnectorFactory(), new ISyncSimulatorDescriptor());
