using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Bench;

/// <summary>
/// Durable webhook ingest through the real endpoint: signed order webhooks POSTed over HTTP/1.1 to Kestrel on
/// 127.0.0.1 by <c>concurrency</c> senders; each 200 means the body and its job are committed to SQLite.
/// </summary>
internal static class IngestBench
{
    public static async Task<BenchResult> RunAsync(int count, int concurrency, bool groupCommit)
    {
        await using var store = await BenchStore.CreateAsync();
        await using var app = await StartAsync(store, groupCommit);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(app.Urls.First()) };
        var bodies = Enumerable.Range(0, count + 200).Select(i => TestOrders.Body($"#{i}")).ToArray();
        await SendAsync(client, bodies, 0, 200, concurrency, []);   // warm-up: JIT, connections, cached connection lookup

        var latencies = new double[count];
        var clock = Stopwatch.StartNew();
        await SendAsync(client, bodies, 200, count, concurrency, latencies);
        clock.Stop();

        var stored = await store.Store.Inbox.CountAsync(TestStore.ClientId, BenchStore.Connection, CancellationToken.None);
        if (stored != count + 200) throw new InvalidOperationException($"expected {count + 200} stored deliveries, found {stored}");
        Array.Sort(latencies);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{concurrency} concurrent senders; latency p50 {latencies[count / 2]:0.0} ms, p99 {latencies[(int)(count * 0.99)]:0.0} ms; every delivery found in the inbox afterwards");
        return new BenchResult($"Webhook ingest, group commit {(groupCommit ? "on" : "off")}", count, clock.Elapsed, detail);
    }

    private static async Task<WebApplication> StartAsync(TestStore store, bool groupCommit)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<IStore>(store.Store);
        builder.Services.AddStockbridgeEngine(o => o.RunWorkers = false);
        builder.Services.AddConnector<HmacTestConnectorFactory>();
        builder.Services.AddWebhookIntake(o => o.GroupCommit = groupCommit);
        var app = builder.Build();
        app.MapWebhookIntake();
        await app.StartAsync();
        return app;
    }

    private static async Task SendAsync(HttpClient client, byte[][] bodies, int from, int count, int concurrency, double[] latencies)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                using var request = HmacSigner.Request(BenchStore.Connection, TestStore.Secret, bodies[from + i], $"bench-{from + i}");
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"delivery {from + i}: {(int)response.StatusCode}");
                if (latencies.Length > 0) latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
    }
}
