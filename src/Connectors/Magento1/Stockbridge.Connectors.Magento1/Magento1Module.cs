using Stockbridge.Connectors.Magento1.Simulator.Hosting;

namespace Stockbridge.Connectors.Magento1;

/// <summary>The Magento1 connector's one registration: its factory and its simulator. The catalogue lists it in one line.</summary>
public sealed class Magento1Module() : ConnectorModule(new Magento1ConnectorFactory(), new Magento1SimulatorDescriptor());
