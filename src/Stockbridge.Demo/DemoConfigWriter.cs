using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;
using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Demo;

/// <summary>Writes the hub config file that points the demo client's connections at the two simulators.</summary>
public static class DemoConfigWriter
{

    /// <summary>Writes <c>stockbridge.json</c> into <paramref name="directory"/> and returns its path.</summary>
    public static string Write(string directory, Uri hubUrl, RunningSysproSimulator syspro, ShopifySimulatorHost shop, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(hubUrl);
        ArgumentNullException.ThrowIfNull(syspro);
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(options);
        var sysproSettings = new JsonObject();
        foreach (var (key, value) in syspro.ConnectionSettings()) sysproSettings[key] = value;
        // Site-defined SYSPRO order type codes: web orders and invoices.
        sysproSettings["order_type"] = DemoIds.WebOrderType;
        sysproSettings["invoice_order_type"] = DemoIds.InvoiceOrderType;
        var config = new JsonObject
        {
            ["store"] = "hub.db",
            // The operator's part: the simulators run on loopback and the company database is a local file, both refused
            // unless allowed; the key ring is sealed with a key generated once and kept (0600) beside the config.
            ["hosting"] = LocalSimulatorHosting.Section(directory, Path.GetDirectoryName(Path.GetFullPath(syspro.ConnectionSettings()["database"]))!),
            ["listen"] = hubUrl.ToString().TrimEnd('/'),
            ["workers"] = 16,
            ["clients"] = new JsonArray(new JsonObject
            {
                ["id"] = DemoIds.Client,
                ["name"] = "Outdoor Supplies (demo)",
                ["connections"] = new JsonArray(
                    new JsonObject
                    {
                        ["id"] = DemoIds.Syspro,
                        ["connector"] = "syspro",
                        ["name"] = "SYSPRO (simulator)",
                        ["settings"] = sysproSettings,
                        ["rules"] = new JsonObject
                        {
                            ["default_customer_code"] = DemoIds.CashAccount,
                            ["match_customer_by_email"] = true,
                            ["order_type"] = "order",
                            ["poll_interval_seconds"] = options.PullIntervalSeconds,
                        },
                    },
                    new JsonObject
                    {
                        ["id"] = DemoIds.Shopify,
                        ["connector"] = "shopify",
                        ["name"] = "Shopify (simulator)",
                        ["settings"] = new JsonObject(shop.ConnectionSettings().Select(setting => KeyValuePair.Create(setting.Key, (JsonNode?)setting.Value))),
                        ["rules"] = new JsonObject
                        {
                            ["price_tier"] = "A",
                            ["compare_at_tier"] = "B",
                            ["qty_buffer"] = 0,
                            ["inactive_action"] = "archive",
                            ["order_poll_interval_seconds"] = options.OrderPollIntervalSeconds,
                            ["reconcile_interval_seconds"] = options.ReconcileIntervalSeconds,
                        },
                    }),
            }),
        };
        var path = Path.Combine(directory, "stockbridge.json");
        File.WriteAllText(path, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
