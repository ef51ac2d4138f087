using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Webhooks;

namespace Stockbridge.Web.Tests.Webhooks;

/// <summary>
/// The intake's promise under SIGKILL: a 2xx means durable. Senders post signed webhooks to a separate host process
/// (the crash worker's "intake" mode) while it is killed at random moments and restarted; afterwards every delivery that
/// got a 2xx is in the inbox with its job. Deliveries that got no answer may or may not be stored: the sender retries them.
/// </summary>
public sealed class IntakeCrashSafetyTests(ITestOutputHelper output)
{
    private const string Shop = "shop-crash";
    private const int Kills = 8;

    [Fact]
    public async Task Intake_SigkilledWhileReceiving_EveryAcknowledgedWebhookIsInTheInbox()
    {
        await using var store = await TestStore.CreateAsync(TimeProvider.System);
        await store.AddConnectionAsync(Shop);
        var acked = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var unanswered = 0;
        var random = new Random(Environment.TickCount);
        var log = Path.Combine(store.Directory, "intake.log");
        var sequence = 0;

        for (var run = 0; run <= Kills; run++)
        {
            var portFile = Path.Combine(store.Directory, $"port-{run}");
            using var intake = CrashWorkerProcess.Start(log, "intake", store.DatabasePath, portFile);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{await ReadPortAsync(portFile)}"), Timeout = TimeSpan.FromSeconds(5) };
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var id = $"d-{Interlocked.Increment(ref sequence)}";
                    try
                    {
                        using var response = await client.SendAsync(HmacSigner.Request(Shop, TestStore.Secret, TestOrders.Body(id), id));
                        if (!response.IsSuccessStatusCode) continue;
                        var ack = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
                        acked[id] = ack.GetProperty("inbox_id").GetInt64();
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
                    {
                        // Cut off by the kill: no 2xx, so nothing is promised about this delivery; this sender is done.
                        Interlocked.Increment(ref unanswered);
                        return;
                    }
                }
            })).ToArray();
            // Kill at a random moment once deliveries are flowing (start-up time varies with machine load).
            var ackedBefore = acked.Count;
            var flowDeadline = Environment.TickCount64 + 20_000;
            while (acked.Count == ackedBefore && Environment.TickCount64 < flowDeadline) await Task.Delay(5, TestContext.Current.CancellationToken);
            await Task.Delay(random.Next(100, 700), TestContext.Current.CancellationToken);
            if (run < Kills) intake.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        output.WriteLine($"{acked.Count} acknowledged, {unanswered} cut off by kills, {Kills} kills");
        acked.Count.ShouldBeGreaterThan(100);
        unanswered.ShouldBeGreaterThan(0, "the kills should have cut some requests off");
        foreach (var (deliveryId, inboxId) in acked)
        {
            var entry = (await store.Store.Inbox.GetAsync(TestStore.ClientId, inboxId, CancellationToken.None)).ShouldNotBeNull($"acknowledged {deliveryId} is missing");
            entry.Delivery.DeliveryId.ShouldBe(deliveryId);
            var job = (await store.Store.Jobs.GetAsync(TestStore.ClientId, entry.JobId, CancellationToken.None)).ShouldNotBeNull();
            job.Kind.ShouldBe(WebhookJobKinds.Process);
        }
    }

    private static async Task<int> ReadPortAsync(string portFile)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (!File.Exists(portFile))
        {
            if (Environment.TickCount64 > deadline) throw new TimeoutException("the intake process did not start listening within 20 s");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        return int.Parse(await File.ReadAllTextAsync(portFile, TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
