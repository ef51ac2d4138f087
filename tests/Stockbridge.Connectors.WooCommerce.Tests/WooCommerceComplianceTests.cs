using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.WooCommerce.Tests;

/// <summary>The channel compliance kit against the WooCommerce simulator.</summary>
public sealed class WooCommerceComplianceTests : ChannelConnectorCompliance<WooCommerceModule>;
