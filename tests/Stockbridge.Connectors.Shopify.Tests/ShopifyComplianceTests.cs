using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Shopify.Tests;

/// <summary>The channel-connector compliance suite, against the Shopify simulator.</summary>
public sealed class ShopifyComplianceTests : ChannelConnectorCompliance<ShopifyModule>;
