using System.Text;
using Stockbridge.Connectors.Compliance;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>A simulated shop on a free port, for the compliance kit and the connector tests.</summary>
public sealed class ShopifyFixture : IChannelFixture
{
    public ShopifySimulatorHost Shop { get; private set; } = null!;

    public IConnectorFactory Factory { get; } = new ShopifyConnectorFactory();

    public async ValueTask InitializeAsync() =>
        Shop = await ShopifySimulator.StartAsync(new ShopifySimulatorOptions { Plan = global::Stockbridge.Connectors.Shopify.Simulator.Cost.ShopifyPlan.Plus, WebhookRetryDelays = [TimeSpan.FromMilliseconds(50)] });

    public async ValueTask DisposeAsync() => await Shop.DisposeAsync();

    public ConnectionContext CreateContext() => ShopifyTestContext.For(Shop);

    public ConnectionContext CreateContextWithBadCredentials() => ShopifyTestContext.For(Shop, token: "shpat_wrong_token_123456");

    public async Task<string> PlaceOrderAsync(string sku) =>
        (await Shop.PlaceOrderAsync(new PlaceOrderRequest { Email = "shopper@example.com", LineItems = [new PlaceOrderLine(sku, 1)] })).Name;

    public WebhookRequest SignedWebhook(byte[] body) => new(body, new Dictionary<string, string>
    {
        ["x-shopify-hmac-sha256"] = WebhookSigner.Sign(body, Shop.WebhookSecret),
        ["x-shopify-topic"] = "orders/create",
        ["x-shopify-webhook-id"] = Guid.NewGuid().ToString(),
        ["x-shopify-shop-domain"] = Shop.ShopDomain,
        ["x-shopify-api-version"] = "2026-04",
    });

    public Product SampleProduct(string code, params string[] skus) => SampleCatalog.Product(code, skus);

    /// <summary>Bytes of a string, for webhook bodies.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
