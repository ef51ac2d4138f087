using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Magento1.Tests;

/// <summary>The channel compliance kit against the Magento1 simulator: what Magento1 does not declare is reported skipped.</summary>
public sealed class Magento1ComplianceTests : ChannelConnectorCompliance<Magento1Module>;
