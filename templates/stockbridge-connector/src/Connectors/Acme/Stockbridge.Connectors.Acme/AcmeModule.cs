using Stockbridge.Connectors.Acme.Simulator;

namespace Stockbridge.Connectors.Acme;

/// <summary>The Acme connector's one registration: its factory and its simulator. The catalogue lists it in one line.</summary>
public sealed class AcmeModule() : ConnectorModule(new AcmeConnectorFactory(), new AcmeSimulatorDescriptor());
