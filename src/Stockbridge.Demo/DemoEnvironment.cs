using Stockbridge.Connectors;
using Stockbridge.Connectors.Catalog;
using Stockbridge.Connectors.Shopify.Simulator.Hosting;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Demo;

/// <summary>
/// The demo's outside world: a source (ERP) simulator with a seeded company and a channel simulator whose new-order webhooks
/// go to the hub, both chosen by key from the connector catalogue (SYSPRO and Shopify unless told otherwise), and a hub
/// config file pointing at both. The hub itself is started by the caller (in-process for the demo, as a separate process for
/// the chaos test) from <see cref="ConfigPath"/>.
/// </summary>
public sealed class DemoEnvironment : IAsyncDisposable
{
    private DemoEnvironment(string workDirectory, Uri hubUrl, ConnectorModule sourceModule, ISourceSimulator source,
        ConnectorModule channelModule, IChannelSimulator channel, string configPath, ConnectorModule? fulfillmentModule, IFulfillmentSimulator? fulfillment,
        IReadOnlyList<DemoChannel> extraChannels)
    {
        ExtraChannels = extraChannels;
        FulfillmentModule = fulfillmentModule;
        Fulfillment = fulfillment;
        WorkDirectory = workDirectory;
        HubUrl = hubUrl;
        SourceModule = sourceModule;
        Source = source;
        ChannelModule = channelModule;
        Channel = channel;
        ConfigPath = configPath;
    }

    /// <summary>Where the hub's store, the simulators' data and the config file are.</summary>
    public string WorkDirectory { get; }
    /// <summary>The URL the hub listens on.</summary>
    public Uri HubUrl { get; }
    /// <summary>The source connector.</summary>
    public ConnectorModule SourceModule { get; }
    /// <summary>The source's simulator: an ERP user and the ERP's own state.</summary>
    public ISourceSimulator Source { get; }
    /// <summary>The channel connector.</summary>
    public ConnectorModule ChannelModule { get; }
    /// <summary>The channel's simulator: shoppers and the channel's own state.</summary>
    public IChannelSimulator Channel { get; }
    /// <summary>Further channels beside <see cref="Channel"/> (empty unless asked for).</summary>
    public IReadOnlyList<DemoChannel> ExtraChannels { get; }
    /// <summary>Every channel: <see cref="Channel"/> first, then <see cref="ExtraChannels"/>.</summary>
    public IReadOnlyList<DemoChannel> Channels => [new DemoChannel(ChannelModule, Channel), .. ExtraChannels];
    /// <summary>The fulfilment connector that ships the channel's orders, when the demo has one.</summary>
    public ConnectorModule? FulfillmentModule { get; }
    /// <summary>The fulfilment service's simulator: the warehouse and its shipments; null when the merchant ships.</summary>
    public IFulfillmentSimulator? Fulfillment { get; }
    /// <summary>The fulfilment connection's id, when the demo has one.</summary>
    public string? FulfillmentConnection => FulfillmentModule is { } m ? DemoIds.Connection(m.Key) : null;
    /// <summary>The hub config file.</summary>
    public string ConfigPath { get; }
    /// <summary>The source connection's id.</summary>
    public string SourceConnection => DemoIds.Connection(SourceModule.Key);
    /// <summary>The channel connection's id.</summary>
    public string ChannelConnection => DemoIds.Connection(ChannelModule.Key);
    /// <summary>The URL the channel's webhooks are delivered to.</summary>
    public Uri WebhookUrl => new(HubUrl, $"webhooks/{ChannelConnection}");
    /// <summary>The hub's store file.</summary>
    public string StorePath => Path.Combine(WorkDirectory, "hub.db");
    /// <summary>The operator key the hub's key ring is sealed with (generated beside the config file), for tools that open the store.</summary>
    public Stockbridge.Storage.Security.OperatorKeys MasterKeys =>
        Stockbridge.Storage.Security.OperatorKeys.Resolve(Path.Combine(WorkDirectory, Stockbridge.Hosting.Configuration.LocalSimulatorHosting.MasterKeyFileName), _ => null)!;

    /// <summary>The SYSPRO simulator itself, when the source is SYSPRO (faults, the company database).</summary>
    public RunningSysproSimulator Syspro => (Source as SysproRunningSimulator)?.Simulator
        ?? throw new InvalidOperationException($"the demo's source is {SourceModule.Key}, not syspro");
    /// <summary>The Shopify simulator itself, when the channel is Shopify (faults, state, webhook log).</summary>
    public ShopifySimulatorHost Shop => (Channel as ShopifyRunningSimulator)?.Host
        ?? throw new InvalidOperationException($"the demo's channel is {ChannelModule.Key}, not shopify");

    /// <summary>Starts both simulators and writes the config file.</summary>
    public static async Task<DemoEnvironment> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sourceModule = Find(options.Source, "source");
        var channelModule = Find(options.Channel, "channel");
        var work = options.WorkDirectory ?? Directory.CreateTempSubdirectory("stockbridge-demo-").FullName;
        Directory.CreateDirectory(work);
        var hubUrl = new Uri($"http://127.0.0.1:{(options.HubPort == 0 ? FreePort.Next() : options.HubPort)}/");

        var sourceArguments = options.SourceArguments.ToList();
        if (Accepts(sourceModule, "--stock-codes") && !sourceArguments.Contains("--stock-codes"))
            sourceArguments.AddRange(["--stock-codes", options.StockCodes.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var source = await sourceModule.Simulator.StartAsync(new SimulatorStart { Arguments = sourceArguments, DataDirectory = work }, cancellationToken) as ISourceSimulator
            ?? throw new InvalidOperationException($"{sourceModule.Key}'s simulator is not a source simulator");
        var channel = await channelModule.Simulator.StartAsync(new SimulatorStart { Arguments = options.ChannelArguments, RetryDelays = options.WebhookRetryDelays }, cancellationToken) as IChannelSimulator
            ?? throw new InvalidOperationException($"{channelModule.Key}'s simulator is not a channel simulator");

        var fulfillmentModule = options.Fulfillment is { } key ? Find(key, "fulfilment") : null;
        var fulfillment = fulfillmentModule is null ? null
            : await fulfillmentModule.Simulator.StartAsync(new SimulatorStart { Arguments = options.FulfillmentArguments }, cancellationToken) as IFulfillmentSimulator
                ?? throw new InvalidOperationException($"{fulfillmentModule.Key}'s simulator is not a fulfilment simulator");

        var extras = new List<DemoChannel>();
        foreach (var extraKey in options.ExtraChannels)
        {
            var module = Find(extraKey, "channel");
            var simulator = await module.Simulator.StartAsync(new SimulatorStart { RetryDelays = options.WebhookRetryDelays }, cancellationToken) as IChannelSimulator
                ?? throw new InvalidOperationException($"{module.Key}'s simulator is not a channel simulator");
            extras.Add(new DemoChannel(module, simulator));
        }
        var world = new DemoEnvironment(work, hubUrl, sourceModule, source, channelModule, channel, Path.Combine(work, DemoConfigWriter.FileName),
            fulfillmentModule, fulfillment, extras);
        await channel.SubscribeOrderWebhooksAsync(world.WebhookUrl, cancellationToken);
        foreach (var extra in extras) await extra.Simulator.SubscribeOrderWebhooksAsync(new Uri(hubUrl, $"webhooks/{extra.ConnectionId}"), cancellationToken);
        DemoConfigWriter.Write(world, options);
        return world;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Channel.DisposeAsync();
        foreach (var extra in ExtraChannels) await extra.Simulator.DisposeAsync();
        await Source.DisposeAsync();
        if (Fulfillment is not null) await Fulfillment.DisposeAsync();
    }

    private static ConnectorModule Find(string key, string role) =>
        ConnectorCatalog.Find(key) ?? throw new ArgumentException(
            $"no connector '{key}' for the demo's {role}; known: {string.Join(", ", ConnectorCatalog.Modules.Select(m => m.Key))}");

    private static bool Accepts(ConnectorModule module, string flag) => module.Simulator.Flags.Any(f => f.Name == flag);
}
