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
        var settings = new Dictionary<string, string>(shop.ConnectionSettings());
        if (token is not null) settings[ShopifySettingKeys.AccessToken] = token;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return new ConnectionContext("client-1", "shopify-1", settings, Http, time ?? TimeProvider.System, NullLogger.Instance);
    }

    public static ShopifyConnector Connector(ShopifySimulatorHost shop, TimeProvider? time = null, IReadOnlyDictionary<string, string>? extra = null) =>
        (ShopifyConnector)new ShopifyConnectorFactory().Create(For(shop, time, extra: extra));
}
