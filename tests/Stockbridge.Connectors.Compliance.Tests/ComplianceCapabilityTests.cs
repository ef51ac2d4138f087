using Stockbridge.Connectors.Compliance.Tests.Stall;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Compliance.Tests;

/// <summary>A manifest and a connector that disagree about a capability are told apart from one that simply lacks it.</summary>
public sealed class ComplianceCapabilityTests
{
    private static readonly IConnector Stall = new StallConnector(new ConnectionContext("c", "stall-1", new Dictionary<string, string>(),
        new HttpClient(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));

    [Fact]
    public void A_capability_neither_declared_nor_implemented_is_simply_absent()
    {
        var manifest = StallManifest.Create();

        Assert.False(ComplianceCapabilities.Webhooks.IsDeclared(manifest, Stall));
        Assert.Null(ComplianceCapabilities.Webhooks.Disagreement(manifest, Stall));
        Assert.False(ComplianceCapabilities.Reconciliation.IsDeclared(manifest, Stall));
        Assert.True(ComplianceCapabilities.ChannelOrders.IsDeclared(manifest, Stall));
    }

    [Fact]
    public void A_manifest_declaring_what_the_connector_does_not_implement_is_a_disagreement_naming_both()
    {
        var manifest = StallManifest.Create() with { Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Webhooks };

        var disagreement = ComplianceCapabilities.Webhooks.Disagreement(manifest, Stall);

        Assert.Equal("stall's manifest declares webhooks but StallConnector does not implement ISupportsWebhooks", disagreement);
    }

    [Fact]
    public void A_connector_implementing_what_its_manifest_does_not_declare_is_a_disagreement()
    {
        var manifest = StallManifest.Create() with { Kind = ConnectorKind.Source };

        Assert.Equal("stall's StallConnector implements IChannelConnector but its manifest does not declare the channel role",
            ComplianceCapabilities.ChannelRole.Disagreement(manifest, Stall));
    }
}
