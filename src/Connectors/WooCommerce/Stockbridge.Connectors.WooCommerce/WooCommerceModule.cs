using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>The WooCommerce connector's one registration: its factory and its simulator.</summary>
public sealed class WooCommerceModule() : ConnectorModule(new WooCommerceConnectorFactory(), new WooCommerceSimulatorDescriptor());
