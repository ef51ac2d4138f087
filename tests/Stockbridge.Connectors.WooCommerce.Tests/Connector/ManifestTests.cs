using Stockbridge.Connectors.Compliance;
using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

public sealed class ManifestTests
{
    private static readonly ConnectorManifest Manifest = new WooCommerceConnectorFactory().Manifest;

    [Fact]
    public void Manifest_is_complete() => ManifestValidator.Problems(Manifest).ShouldBeEmpty();

    [Fact]
    public void Connection_settings_are_the_ones_agreed_with_the_simulator()
    {
        Manifest.Key.ShouldBe("woocommerce");
        Manifest.Kind.ShouldBe(ConnectorKind.Channel);
        Manifest.FindSetting("store_url")!.Type.ShouldBe(SettingType.Url);
        Manifest.FindSetting("consumer_key")!.IsSecret.ShouldBeTrue();
        Manifest.FindSetting("consumer_secret")!.IsSecret.ShouldBeTrue();
        Manifest.FindSetting("webhook_secret")!.IsSecret.ShouldBeTrue();
    }

    [Fact]
    public void Getting_started_page_is_the_one_the_manifest_renders() => ConnectorPageDrift.Check(Manifest);
}
