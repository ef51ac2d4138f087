using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Engine.Errors;
using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.RateLimiting;
using Stockbridge.Engine.Retries;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Workers;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Tests.Support;

/// <summary>A <see cref="JobWorker"/> over a real SQLite store, both on one <see cref="FakeTimeProvider"/>.</summary>
internal sealed class WorkerHarness : IAsyncDisposable
{
    private WorkerHarness(TestStore store, FakeTimeProvider time, JobWorker worker) => (Store, Time, Worker) = (store, time, worker);

    public TestStore Store { get; }
    public FakeTimeProvider Time { get; }
    public JobWorker Worker { get; }
    public IJobStore Jobs => Store.Store.Jobs;

    public static Task<WorkerHarness> CreateAsync(RetryOptions retry, params IJobHandler[] handlers) => CreateAsync(retry, _ => handlers);

    /// <summary>A harness whose handlers are made from its store.</summary>
    public static async Task<WorkerHarness> CreateAsync(RetryOptions retry, Func<TestStore, IEnumerable<IJobHandler>> handlersFor)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var store = await TestStore.CreateAsync(time);
        var options = Options.Create(new JobEngineOptions { WorkerId = "test-worker", Slots = 16, MaxRunningPerConnection = 0, Lease = TimeSpan.FromSeconds(30), Retry = retry });
        var worker = new JobWorker(store.Store, new JobHandlerRegistry(handlersFor(store)), new FailurePolicy(options, new ErrorClassifier()),
            new ConnectionRateLimiter(options, time), options, time, NullLogger<JobWorker>.Instance);
        return new WorkerHarness(store, time, worker);
    }

    public Task<long> EnqueueAsync(string kind, string payload = """{"n":1}""", string? idempotencyKey = null, string? connectionId = null) =>
        Jobs.EnqueueAsync(new JobRequest(TestStore.ClientId, connectionId, kind, null, payload, idempotencyKey), CancellationToken.None);

    public async Task<Job> GetAsync(long id) => (await Jobs.GetAsync(TestStore.ClientId, id, CancellationToken.None)).ShouldNotBeNull();

    public Task<IReadOnlyList<JobRunOutcome>> RunDueAsync() => Worker.RunDueAsync(CancellationToken.None);

    /// <summary>Runs due jobs until none is left to claim.</summary>
    public async Task<IReadOnlyList<JobRunOutcome>> RunUntilIdleAsync()
    {
        var outcomes = new List<JobRunOutcome>();
        for (var batch = await RunDueAsync(); batch.Count > 0; batch = await RunDueAsync()) outcomes.AddRange(batch);
        return outcomes;
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
