using Stockbridge.Connectors.Magento2.Simulator.Hosting;

namespace Stockbridge.Connectors.Magento2;

/// <summary>The Magento 2 connector's one registration: its factory and its simulator. The catalogue lists it in one line.</summary>
public sealed class Magento2Module() : ConnectorModule(new Magento2ConnectorFactory(), new Magento2SimulatorDescriptor());
