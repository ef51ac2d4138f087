using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>A connection context over a stub HTTP handler and a fake clock.</summary>
internal static class TestConnection
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    public static ConnectionContext Context(HttpMessageHandler handler, string storeUrl = "https://shop.example/", IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["store_url"] = storeUrl,
            ["consumer_key"] = "ck_test",
            ["consumer_secret"] = "cs_secret",
            ["webhook_secret"] = "whsec_test",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return new ConnectionContext("client", "woo-1", settings, new HttpClient(handler), new FakeTimeProvider(Now), NullLogger.Instance);
    }
}
