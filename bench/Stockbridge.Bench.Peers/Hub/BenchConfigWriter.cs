using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Bench.Peers.Sink;
using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Bench.Peers.Hub;

/// <summary>
/// Writes the hub config: one client with the Shopify channel (verifies the webhooks) and the ERP sink as its source.
/// Shopify's admin API points at the sink, which answers 404: the hub's order-number write-back to Shopify
/// (<c>order.mark-raised</c>) fails for good once per order, and the scheduled Shopify polls are pushed out of the run.
/// </summary>
internal static class BenchConfigWriter
{
    public static string Write(BenchArguments args)
    {
        Directory.CreateDirectory(args.Directory);
        var sinkBase = new Uri(args.SinkUrl).GetLeftPart(UriPartial.Authority);
        var config = new JsonObject
        {
            ["store"] = "hub.db",
            ["hosting"] = LocalSimulatorHosting.Section(args.Directory),
            ["listen"] = args.Listen,
            ["workers"] = args.Workers,
            ["clients"] = new JsonArray(new JsonObject
            {
                ["id"] = BenchIds.Client,
                ["connections"] = new JsonArray(
                    new JsonObject
                    {
                        ["id"] = BenchIds.Sink, ["connector"] = ErpSinkManifest.Key,
                        ["settings"] = new JsonObject { [ErpSinkManifest.SinkUrl] = args.SinkUrl },
                        ["rules"] = new JsonObject
                        {
                            ["default_customer_code"] = PeerCustomers.DefaultCustomerCode, ["match_customer_by_email"] = true,
                            ["poll_interval_seconds"] = 86400,
                        },
                    },
                    new JsonObject
                    {
                        ["id"] = BenchIds.Shopify, ["connector"] = "shopify",
                        ["settings"] = new JsonObject
                        {
                            ["shop_domain"] = BenchIds.ShopDomain, ["admin_api_base_url"] = sinkBase + "/no-shopify",
                            ["access_token"] = "shpat_bench", ["webhook_secret"] = args.Secret,
                        },
                        ["rules"] = new JsonObject { ["order_poll_interval_seconds"] = 86400, ["reconcile_interval_seconds"] = 86400 },
                    }),
            }),
        };
        var path = Path.Combine(args.Directory, "stockbridge.json");
        File.WriteAllText(path, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
