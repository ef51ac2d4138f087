using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Storage;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;

namespace Stockbridge.Bench;

/// <summary>Job throughput of the hosted engine on SQLite: claim under lease, run, complete (each its own transaction).</summary>
internal static class JobBench
{
    public static async Task<BenchResult> RunAsync(int count, int slots)
    {
        await using var store = await BenchStore.CreateAsync();
        var requests = Enumerable.Range(0, count).Select(i => new JobRequest(TestStore.ClientId, BenchStore.Connection, NoopHandler.JobKind, null, "{}")).ToList();
        foreach (var chunk in requests.Chunk(1000)) await store.Store.Jobs.EnqueueManyAsync(chunk, CancellationToken.None);
        var elapsed = await RunEngineUntilDoneAsync(store, count, slots, services => services.AddJobHandler<NoopHandler>());
        return new BenchResult("Jobs (no-op handler)", count, elapsed, $"{slots} slots, one process; claim + complete are separate transactions per job batch");
    }

    public static async Task<BenchResult> RunWebhookProcessAsync(int count, int slots)
    {
        await using var store = await BenchStore.CreateAsync();
        var headers = StoredHeaders.ToJson(new Dictionary<string, string> { ["x-test-topic"] = "orders/create" });
        var deliveries = Enumerable.Range(0, count)
            .Select(i => new InboxDelivery(TestStore.ClientId, BenchStore.Connection, $"d-{i}", "orders/create", TestOrders.Body($"#{i}"), headers, TimeProvider.System.GetUtcNow()))
            .ToList();
        foreach (var chunk in deliveries.Chunk(500)) await store.Store.Inbox.AppendManyAsync(chunk, WebhookJobKinds.Process, CancellationToken.None);
        var elapsed = await RunEngineUntilDoneAsync(store, count, slots, _ => { });
        var orders = await store.Store.Records.CountAsync(TestStore.ClientId, RecordEntity.Order, CancellationToken.None);
        if (orders != count) throw new InvalidOperationException($"expected {count} order records, found {orders}");
        return new BenchResult("webhook.process jobs (parse order, upsert hub record)", count, elapsed, $"{slots} slots, one process, one connection");
    }

    private static async Task<TimeSpan> RunEngineUntilDoneAsync(TestStore store, int count, int slots, Action<IServiceCollection> handlers)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IStore>(store.Store);
        builder.Services.AddStockbridgeEngine(o =>
        {
            o.Slots = slots;
            o.MaxRunningPerConnection = slots;
            o.MaxIdleWait = TimeSpan.FromMilliseconds(50);
        });
        builder.Services.AddConnector<HmacTestConnectorFactory>();
        handlers(builder.Services);
        using var host = builder.Build();
        var clock = Stopwatch.StartNew();
        await host.StartAsync();
        while ((await store.Store.Jobs.CountByStateAsync(TestStore.ClientId, CancellationToken.None)).GetValueOrDefault(JobState.Succeeded) < count)
            await Task.Delay(10);
        clock.Stop();
        await host.StopAsync();
        return clock.Elapsed;
    }

    private sealed class NoopHandler : IJobHandler
    {
        public const string JobKind = "bench.noop";

        public string Kind => JobKind;

        public Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}
