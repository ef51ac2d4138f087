using Stockbridge.Connectors.Shopify.Simulator.Hosting;

using Stockbridge.Connectors.Shopify.Tests.Support;

namespace Stockbridge.Connectors.Shopify.Tests.Simulator;

public sealed class ConnectionSettingsTests
{
    [Fact]
    public async Task ConnectionSettings_NameOnlySettingsTheManifestDeclares()
    {
        await using var shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions(), TestContext.Current.CancellationToken);
        var declared = new ShopifyConnectorFactory().Manifest.Settings.Select(s => s.Key).ToHashSet();
        shop.ConnectionSettings().Keys.ShouldAllBe(k => declared.Contains(k));
    }
}
