using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Sqlite;
using Stockbridge.Sync.DependencyInjection;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Tests.Support;

/// <summary>
/// The real pipeline in-process: a SQLite store on a temp file, the job engine's worker and the sync handlers from
/// <c>AddStockbridgeSync</c>, a fake clock, and in-memory test connectors for one client.
/// </summary>
public sealed class SyncHarness : IAsyncDisposable
{
    public const string Client = "acme";
    private readonly string directory = Path.Combine(Path.GetTempPath(), "stockbridge-sync-" + Guid.NewGuid().ToString("N"));
    private readonly TestConnectorFactory sources = new("memsource", ConnectorKind.Source,
        ConnectorCapabilities.Products | ConnectorCapabilities.Customers | ConnectorCapabilities.Orders | ConnectorCapabilities.IncrementalReads);
    private readonly TestConnectorFactory fullSources = new("memfull", ConnectorKind.Source, ConnectorCapabilities.Products);
    private readonly TestConnectorFactory channels = new("memchannel", ConnectorKind.Channel, ConnectorCapabilities.Products | ConnectorCapabilities.Orders);
    private readonly TestConnectorFactory fulfillments = new("memfulfillment", ConnectorKind.Fulfillment, ConnectorCapabilities.Fulfillments);
    private ServiceProvider? services;

    private SyncHarness(FakeTimeProvider time) => Time = time;

    public FakeTimeProvider Time { get; }
    public SqliteStore Store { get; private set; } = null!;
    public IServiceProvider Services => services!;
    public CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<SyncHarness> StartAsync()
    {
        var harness = new SyncHarness(new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero)));
        Directory.CreateDirectory(harness.directory);
        harness.Store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.Combine(harness.directory, "hub.db") }, harness.Time, harness.Token);
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .AddSingleton<TimeProvider>(harness.Time)
            .AddSingleton<IStore>(harness.Store)
            .AddSingleton<Stockbridge.Connectors.IConnectorFactory>(harness.sources)
            .AddSingleton<Stockbridge.Connectors.IConnectorFactory>(harness.fullSources)
            .AddSingleton<Stockbridge.Connectors.IConnectorFactory>(harness.channels)
            .AddSingleton<Stockbridge.Connectors.IConnectorFactory>(harness.fulfillments);
        collection.AddStockbridgeEngine(o => { o.WorkerId = "test-worker"; o.Slots = 4; });
        collection.AddStockbridgeSync(o => o.RunScheduler = false);
        harness.services = collection.BuildServiceProvider();
        await harness.Store.Clients.UpsertAsync(new ClientRecord(Client, "Acme", harness.Time.GetUtcNow()), harness.Token);
        return harness;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<InMemorySource> AddSourceAsync(string id, string rulesJson = """{"default_customer_code":"WEB0001","shipping_service_code":"FREIGHT"}""")
    {
        var source = new InMemorySource();
        sources.Instances[id] = source;
        await SaveConnectionAsync(id, "memsource", rulesJson);
        return source;
    }

    public async Task<InMemorySource> AddFullReadSourceAsync(string id)
    {
        var source = new InMemorySource();
        fullSources.Instances[id] = new FullReadSource(source);
        await SaveConnectionAsync(id, "memfull", "{}");
        return source;
    }

    public async Task<InMemoryChannel> AddChannelAsync(string id, string rulesJson = "{}")
    {
        var channel = new InMemoryChannel();
        channels.Instances[id] = channel;
        await SaveConnectionAsync(id, "memchannel", rulesJson);
        return channel;
    }

    /// <summary>Adds a channel connection served by a real connector instance (e.g. Shopify's, pointed at its simulator).</summary>
    public Task AddChannelAsync(string id, Stockbridge.Connectors.Channel.IChannelConnector connector, string rulesJson = "{}")
    {
        channels.Instances[id] = connector;
        return SaveConnectionAsync(id, "memchannel", rulesJson);
    }

    public async Task<InMemoryFulfillment> AddFulfillmentAsync(string id)
    {
        var fulfillment = new InMemoryFulfillment();
        fulfillments.Instances[id] = fulfillment;
        await SaveConnectionAsync(id, "memfulfillment", "{}");
        return fulfillment;
    }

    public Task SaveConnectionAsync(string id, string key, string rulesJson) =>
        Store.Connections.SaveAsync(new ConnectionRecord { ClientId = Client, Id = id, ConnectorKey = key, Name = id, RulesJson = rulesJson }, Token);

    public Task<long> EnqueueAsync(string connectionId, string kind, string payload = "{}") =>
        Store.Jobs.EnqueueAsync(new JobRequest(Client, connectionId, kind, kind, payload), Token);

    /// <summary>Runs due jobs until none is left; with <paramref name="advanceTime"/>, moves the clock to each retry's time.</summary>
    public async Task<int> RunJobsAsync(bool advanceTime = true)
    {
        var worker = Get<JobWorker>();
        var ran = 0;
        for (var round = 0; round < 1000; round++)
        {
            var outcomes = await worker.RunDueAsync(Token);
            ran += outcomes.Count;
            if (outcomes.Count > 0) continue;
            var next = await Store.Jobs.NextDueAsync(Token);
            if (!advanceTime || next is null || next <= Time.GetUtcNow()) return ran;
            Time.SetUtcNow(next.Value);
        }
        throw new InvalidOperationException("Jobs did not settle in 1000 rounds.");
    }

    public async Task<IReadOnlyList<Job>> JobsAsync(string kind, JobState? state = null) =>
        await Store.Jobs.ListAsync(Client, new JobQuery(state, kind, Limit: 1000), Token);

    public async Task<int> PushJobCountAsync() =>
        (await JobsAsync(SyncJobKinds.ChannelPush)).Count + (await JobsAsync(SyncJobKinds.ChannelPushStock)).Count;

    public async ValueTask DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a pooled handle may linger briefly; the temp directory is cleaned by the OS
        }
    }
}
