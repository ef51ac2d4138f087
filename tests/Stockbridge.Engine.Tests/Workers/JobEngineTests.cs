using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.Tests.Support;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Tests.Workers;

public sealed class JobEngineTests
{
    [Fact]
    public async Task Engine_ManyJobs_AllSucceedOnceAndPerConnectionLimitHolds()
    {
        await using var store = await TestStore.CreateAsync(TimeProvider.System);
        var running = new Dictionary<string, int>();
        var maxRunning = new Dictionary<string, int>();
        var handler = new ScriptedHandler("work", async (ctx, ct) =>
        {
            var connection = ctx.Job.ConnectionId!;
            lock (running)
            {
                running[connection] = running.GetValueOrDefault(connection) + 1;
                maxRunning[connection] = Math.Max(maxRunning.GetValueOrDefault(connection), running[connection]);
            }
            await Task.Delay(15, ct);
            lock (running) running[connection]--;
            return null;
        });
        foreach (var c in (string[])["shop-a", "shop-b"]) await store.AddConnectionAsync(c);
        var ids = new List<long>();
        for (var i = 0; i < 40; i++)
            ids.Add(await store.Store.Jobs.EnqueueAsync(new JobRequest(TestStore.ClientId, i % 2 == 0 ? "shop-a" : "shop-b", "work", null, "{}"), CancellationToken.None));

        using var host = EngineHost.Build(store, o => { o.Slots = 6; o.MaxRunningPerConnection = 2; o.MaxIdleWait = TimeSpan.FromMilliseconds(100); }, handler);
        await host.StartAsync(TestContext.Current.CancellationToken);
        await WaitForAsync(async () => (await Counts(store)).GetValueOrDefault(JobState.Succeeded) == 40);
        await host.StopAsync(TestContext.Current.CancellationToken);

        handler.Calls.Select(c => c.Job.Id).Order().ShouldBe(ids);
        maxRunning.Values.ShouldAllBe(m => m <= 2);
        maxRunning.Values.ShouldContain(2);
    }

    [Fact]
    public async Task Engine_LongBackgroundJob_DoesNotHoldTheConnectionsPlacesForEvents()
    {
        await using var store = await TestStore.CreateAsync(TimeProvider.System);
        await store.AddConnectionAsync("shop");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var polling = 0;
        var mostPolling = 0;
        var poll = new ScriptedHandler("orders.poll", async (_, ct) =>
        {
            var now = Interlocked.Increment(ref polling);
            InterlockedMax(ref mostPolling, now);
            await release.Task.WaitAsync(ct);
            Interlocked.Decrement(ref polling);
            return null;
        }) { Lane = JobLane.Background };
        var webhook = new ScriptedHandler("order.event", (_, _) => Task.FromResult<string?>(null));
        for (var i = 0; i < 2; i++) await store.Store.Jobs.EnqueueAsync(new JobRequest(TestStore.ClientId, "shop", "orders.poll", $"poll-{i}", "{}"), CancellationToken.None);
        for (var i = 0; i < 6; i++) await store.Store.Jobs.EnqueueAsync(new JobRequest(TestStore.ClientId, "shop", "order.event", null, "{}"), CancellationToken.None);

        using var host = EngineHost.Build(store, o => { o.Slots = 4; o.BackgroundSlots = 2; o.MaxRunningPerConnection = 1; o.MaxIdleWait = TimeSpan.FromMilliseconds(50); }, poll, webhook);
        await host.StartAsync(TestContext.Current.CancellationToken);
        // The poll holds the connection's one place in the background lane; the webhooks run beside it in theirs.
        await WaitForAsync(async () => webhook.Calls.Count == 6 && (await Counts(store)).GetValueOrDefault(JobState.Succeeded) == 6);
        Volatile.Read(ref polling).ShouldBe(1);
        release.SetResult();
        await WaitForAsync(async () => (await Counts(store)).GetValueOrDefault(JobState.Succeeded) == 8);
        await host.StopAsync(TestContext.Current.CancellationToken);

        mostPolling.ShouldBe(1);
        poll.Calls.Count.ShouldBe(2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    [Fact]
    public async Task Engine_StoppedWhileJobRuns_JobReleasedWithoutCountingAFailure()
    {
        await using var store = await TestStore.CreateAsync(TimeProvider.System);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler("stuck", async (_, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        var id = await store.Store.Jobs.EnqueueAsync(new JobRequest(TestStore.ClientId, null, "stuck", null, "{}"), CancellationToken.None);
        using var host = EngineHost.Build(store, o => o.DrainTimeout = TimeSpan.FromMilliseconds(200), handler);
        await host.StartAsync(TestContext.Current.CancellationToken);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        var job = (await store.Store.Jobs.GetAsync(TestStore.ClientId, id, CancellationToken.None)).ShouldNotBeNull();
        job.State.ShouldBe(JobState.Pending);
        job.Failures.ShouldBe(0);
        job.LastError.ShouldNotBeNull().ShouldStartWith("Released");
    }

    [Fact]
    public async Task Engine_IdleThenJobEnqueued_PicksItUpWithinIdleWait()
    {
        await using var store = await TestStore.CreateAsync(TimeProvider.System);
        var handler = ScriptedHandler.Failing("late", _ => null);
        using var host = EngineHost.Build(store, o => o.MaxIdleWait = TimeSpan.FromMilliseconds(200), handler);
        await host.StartAsync(TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var id = await store.Store.Jobs.EnqueueAsync(new JobRequest(TestStore.ClientId, null, "late", null, "{}"), CancellationToken.None);
        await WaitForAsync(async () => (await store.Store.Jobs.GetAsync(TestStore.ClientId, id, CancellationToken.None))!.State == JobState.Succeeded);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    private static Task<IReadOnlyDictionary<JobState, long>> Counts(TestStore store) =>
        store.Store.Jobs.CountByStateAsync(TestStore.ClientId, CancellationToken.None);

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = Environment.TickCount64 + 20_000;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline) throw new TimeoutException("not done within 20 s");
            await Task.Delay(25, TestContext.Current.CancellationToken);
        }
    }
}
