using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Connectors.Syspro;

/// <summary>The SYSPRO connector's one registration: its factory and its simulated company.</summary>
public sealed class SysproModule() : ConnectorModule(new SysproConnectorFactory(), new SysproSimulatorDescriptor());
