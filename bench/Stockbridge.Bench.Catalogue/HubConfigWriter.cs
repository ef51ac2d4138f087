using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Writes the hub config: one client, SYSPRO as its source and Shopify as its channel, as the demo's config has them.
/// Scheduled work is set a day apart, so each pull, order poll and reconcile sweep runs once at start and the bench's
/// own "sync now" drives the later steps; nothing else spends the shop's cost budget while a step is measured.
/// </summary>
internal static class HubConfigWriter
{
    private const int Day = 86_400;

    public static string Write(CatalogueOptions options, Uri hubUrl, RunningSysproSimulator syspro, ShopifySimulatorHost shop)
    {
        var sysproSettings = new JsonObject();
        foreach (var (key, value) in syspro.ConnectionSettings()) sysproSettings[key] = value;
        var config = new JsonObject
        {
            ["store"] = "hub.db",
            ["hosting"] = LocalSimulatorHosting.Section(options.Directory, Path.GetDirectoryName(Path.GetFullPath(syspro.ConnectionSettings()["database"]))!),
            ["listen"] = hubUrl.ToString().TrimEnd('/'),
            ["workers"] = options.Workers,
            ["clients"] = new JsonArray(new JsonObject
            {
                ["id"] = BenchIds.Client,
                ["name"] = "Catalogue bench",
                ["connections"] = new JsonArray(
                    new JsonObject
                    {
                        ["id"] = BenchIds.Syspro,
                        ["connector"] = "syspro",
                        ["name"] = "SYSPRO (simulator)",
                        ["settings"] = sysproSettings,
                        ["rules"] = new JsonObject { ["default_customer_code"] = "CASH", ["poll_interval_seconds"] = Day },
                    },
                    new JsonObject
                    {
                        ["id"] = BenchIds.Shopify,
                        ["connector"] = "shopify",
                        ["name"] = "Shopify (simulator)",
                        ["settings"] = new JsonObject(shop.ConnectionSettings().Select(setting => KeyValuePair.Create(setting.Key, (JsonNode?)setting.Value))),
                        ["rules"] = new JsonObject
                        {
                            ["price_tier"] = BenchIds.PriceTier,
                            ["qty_buffer"] = 0,
                            ["inactive_action"] = "archive",
                            ["order_poll_interval_seconds"] = Day,
                            ["reconcile_interval_seconds"] = Day,
                        },
                    }),
            }),
        };
        var path = Path.Combine(options.Directory, "stockbridge.json");
        File.WriteAllText(path, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
