using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Demo;

/// <summary>Writes the hub config file that points the demo client's two connections at the two simulators.</summary>
public static class DemoConfigWriter
{
    /// <summary>The config file's name in the work folder.</summary>
    public const string FileName = "stockbridge.json";

    /// <summary>Writes <see cref="DemoEnvironment.ConfigPath"/>.</summary>
    public static void Write(DemoEnvironment world, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(options);
        var samples = world.Source.Samples;
        var config = new JsonObject
        {
            ["store"] = "hub.db",
            // The operator's part: the simulators run on loopback and a source may read a local file, both refused unless
            // allowed; the key ring is sealed with a key generated once and kept (0600) beside the config.
            ["hosting"] = LocalSimulatorHosting.Section(world.WorkDirectory, LocalDirectories(world.SourceModule, world.Source)),
            ["listen"] = world.HubUrl.ToString().TrimEnd('/'),
            ["workers"] = 16,
            ["clients"] = new JsonArray(new JsonObject
            {
                ["id"] = DemoIds.Client,
                ["name"] = "Outdoor Supplies (demo)",
                ["connections"] = new JsonArray([
                    new JsonObject
                    {
                        ["id"] = world.SourceConnection,
                        ["connector"] = world.SourceModule.Key,
                        ["name"] = $"{world.SourceModule.Factory.Manifest.DisplayName} (simulator)",
                        ["settings"] = Settings(world.Source),
                        ["rules"] = new JsonObject
                        {
                            ["default_customer_code"] = samples.Customer,
                            ["match_customer_by_email"] = true,
                            ["order_type"] = "order",
                            ["poll_interval_seconds"] = options.PullIntervalSeconds,
                        },
                    },
                    .. world.Channels.Select(channel => ChannelConnection(world, options, channel)),
                    .. FulfillmentConnection(world)]),
            }),
        };
        File.WriteAllText(world.ConfigPath, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>A channel's connection: every channel sells at the same tiers under the same rules.</summary>
    private static JsonNode ChannelConnection(DemoEnvironment world, DemoOptions options, DemoChannel channel) => new JsonObject
    {
        ["id"] = channel.ConnectionId,
        ["connector"] = channel.Module.Key,
        ["name"] = $"{channel.Name} (simulator)",
        ["settings"] = Settings(channel.Simulator),
        ["rules"] = new JsonObject(Tiers(world.Source.Samples).Concat(FulfillmentRules(world, options)))
        {
            ["qty_buffer"] = 0,
            ["inactive_action"] = "archive",
            ["order_poll_interval_seconds"] = options.OrderPollIntervalSeconds,
            ["reconcile_interval_seconds"] = options.ReconcileIntervalSeconds,
        },
    };

    /// <summary>The channel's fulfilment rules, when the demo has a fulfilment service.</summary>
    private static IEnumerable<KeyValuePair<string, JsonNode?>> FulfillmentRules(DemoEnvironment world, DemoOptions options)
    {
        if (world.FulfillmentConnection is not { } id) yield break;
        yield return KeyValuePair.Create("fulfillment_connection", (JsonNode?)id);
        yield return KeyValuePair.Create("fulfillment_poll_interval_seconds", (JsonNode?)options.FulfillmentPollIntervalSeconds);
    }

    /// <summary>The fulfilment connection, when the demo has one.</summary>
    private static IEnumerable<JsonNode> FulfillmentConnection(DemoEnvironment world)
    {
        if (world.FulfillmentModule is not { } module || world.Fulfillment is not { } simulator) yield break;
        yield return new JsonObject
        {
            ["id"] = world.FulfillmentConnection,
            ["connector"] = module.Key,
            ["name"] = $"{module.Factory.Manifest.DisplayName} (simulator)",
            ["settings"] = Settings(simulator),
        };
    }

    /// <summary>The price tiers channels sell at, when the source has tiers.</summary>
    private static IEnumerable<KeyValuePair<string, JsonNode?>> Tiers(SourceSampleCodes samples)
    {
        if (samples.PriceTier is { } tier) yield return KeyValuePair.Create("price_tier", (JsonNode?)tier);
        if (samples.CompareAtTier is { } compareAt) yield return KeyValuePair.Create("compare_at_tier", (JsonNode?)compareAt);
    }

    private static JsonObject Settings(IRunningSimulator simulator) =>
        new(simulator.ConnectionSettings.Select(setting => KeyValuePair.Create(setting.Key, (JsonNode?)setting.Value)));

    /// <summary>The folders of the settings the connector's manifest marks as local paths (e.g. a company database file).</summary>
    private static IEnumerable<string> LocalDirectories(ConnectorModule module, IRunningSimulator simulator) =>
        module.Factory.Manifest.Settings
            .Where(s => s.IsLocalPathIn(simulator.ConnectionSettings) && simulator.ConnectionSettings.ContainsKey(s.Key))
            .Select(s => Path.GetDirectoryName(Path.GetFullPath(simulator.ConnectionSettings[s.Key]))!)
            .Distinct(StringComparer.Ordinal);
}
