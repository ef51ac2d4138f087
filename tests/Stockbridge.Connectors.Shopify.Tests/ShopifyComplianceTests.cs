using Stockbridge.Connectors.Compliance;
using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests;

/// <summary>The shared channel-connector compliance suite, against the Shopify simulator.</summary>
public sealed class ShopifyComplianceTests(ShopifyFixture fixture) : ChannelConnectorCompliance<ShopifyFixture>(fixture);
