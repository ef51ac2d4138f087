using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Connectors.Shopify;

/// <summary>The Shopify connector's one registration: its factory and its simulated shop.</summary>
public sealed class ShopifyModule() : ConnectorModule(new ShopifyConnectorFactory(), new ShopifySimulatorDescriptor());
