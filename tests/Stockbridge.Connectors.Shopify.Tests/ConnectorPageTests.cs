using Stockbridge.Connectors.Compliance;

namespace Stockbridge.Connectors.Shopify.Tests;

/// <summary>docs/connectors/shopify.md is generated from the manifest; this keeps the committed page from drifting.</summary>
public sealed class ConnectorPageTests
{
    [Fact]
    public void CommittedPage_IsWhatTheManifestRenders() => ConnectorPageDrift.Check(new ShopifyConnectorFactory().Manifest);
}
