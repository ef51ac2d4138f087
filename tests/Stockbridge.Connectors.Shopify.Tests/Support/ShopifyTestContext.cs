using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Shopify.Settings;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;

namespace Stockbridge.Connectors.Shopify.Tests.Support;

/// <summary>Connection contexts pointed at a running simulator.</summary>
public static class ShopifyTestContext
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public static ConnectionContext For(ShopifySimulatorHost shop, TimeProvider? time = null, string? token = null,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            [ShopifySettingKeys.ShopDomain] = shop.ShopDomain,
            [ShopifySettingKeys.AdminApiBaseUrl] = shop.AdminApiBaseUrl,
            [ShopifySettingKeys.ApiVersion] = "2026-04",
            [ShopifySettingKeys.AccessToken] = token ?? shop.AccessToken,
            [ShopifySettingKeys.WebhookSecret] = shop.WebhookSecret,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return new ConnectionContext("client-1", "shopify-1", settings, Http, time ?? TimeProvider.System, NullLogger.Instance);
    }

    public static ShopifyConnector Connector(ShopifySimulatorHost shop, TimeProvider? time = null, IReadOnlyDictionary<string, string>? extra = null) =>
        (ShopifyConnector)new ShopifyConnectorFactory().Create(For(shop, time, extra: extra));
}
