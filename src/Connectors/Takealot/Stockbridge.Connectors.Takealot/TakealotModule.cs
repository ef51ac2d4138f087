using Stockbridge.Connectors.Takealot.Simulator.Hosting;

namespace Stockbridge.Connectors.Takealot;

/// <summary>The Takealot connector's one registration: its factory and its simulator. The catalogue lists it in one line.</summary>
public sealed class TakealotModule() : ConnectorModule(new TakealotConnectorFactory(), new TakealotSimulatorDescriptor());
