using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Magento2.Tests;

/// <summary>The channel compliance kit against the Magento2 simulator: what Magento2 does not declare is reported skipped.</summary>
public sealed class Magento2ComplianceTests : ChannelConnectorCompliance<Magento2Module>;
