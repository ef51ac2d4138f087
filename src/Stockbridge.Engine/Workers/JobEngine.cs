using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// The hosted job engine: keeps up to <see cref="JobEngineOptions.Slots"/> jobs running, claiming more as slots free up,
/// and idles until the next job is due (or a producer wakes it). On stop it claims nothing more, lets running jobs finish
/// within <see cref="JobEngineOptions.DrainTimeout"/>, then cancels and releases the rest. A process that dies instead
/// loses nothing: its leases run out and another worker runs those jobs again.
/// </summary>
public sealed partial class JobEngine(
    JobWorker worker,
    IStore store,
    JobWakeSignal wake,
    IOptions<JobEngineOptions> options,
    TimeProvider time,
    ILogger<JobEngine> logger) : BackgroundService
{
    private static readonly JobLane[] Lanes = [JobLane.Background, JobLane.Events];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RunWorkers) return;
        using var drain = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        var running = new List<(Task Task, JobLane Lane)>();
        var backgroundCap = o.Slots == 1 ? 1 : Math.Min(o.BackgroundSlots, o.Slots - 1);
        LogStarted(worker.Id, o.Slots);
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(r => r.Task.IsCompleted);
            var woken = wake.WaitAsync();
            // Claim in batches: a claim is a write transaction whose cost hardly depends on how many jobs it takes, so
            // with work in hand wait until half the slots are free rather than claiming one job per finished job.
            if (running.Count >= o.Slots || (running.Count > 0 && o.Slots - running.Count < Math.Max(1, o.Slots / 2)))
            {
                await WhenAnyAsync([.. running.Select(r => r.Task)], TimeSpan.MaxValue, stoppingToken);
                continue;
            }
            // Background first, within its cap, so a backlog of events never postpones a due pull or sweep for long;
            // then events fill every slot left.
            var claimedAny = false;
            foreach (var lane in Lanes)
            {
                var room = o.Slots - running.Count;
                if (lane == JobLane.Background) room = Math.Min(room, backgroundCap - running.Count(r => r.Lane == JobLane.Background));
                if (room <= 0) continue;
                var claimed = await TryClaimAsync(room, lane, stoppingToken);
                if (claimed is null) break;
                foreach (var job in claimed) running.Add((Task.Run(() => RunSafelyAsync(job, drain.Token), CancellationToken.None), lane));
                claimedAny |= claimed.Count > 0;
            }
            if (!claimedAny)
                await WhenAnyAsync([woken, .. running.Select(r => r.Task)], await IdleWaitAsync(stoppingToken), stoppingToken);
        }
        drain.CancelAfter(o.DrainTimeout);
        await Task.WhenAll(running.Select(r => r.Task));
        LogStopped(worker.Id);
    }

    private async Task RunSafelyAsync(ClaimedJob job, CancellationToken drainToken)
    {
        try
        {
            await worker.RunAsync(job, drainToken);
        }
        catch (Exception ex)
        {
            // The outcome could not be recorded (store down): the lease runs out and the job runs again.
            LogRecordFailed(ex, job.Job.Id);
        }
    }

    private async Task<IReadOnlyList<ClaimedJob>?> TryClaimAsync(int free, JobLane lane, CancellationToken stoppingToken)
    {
        try
        {
            return await worker.ClaimAsync(free, lane, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            LogClaimFailed(ex);
            await WhenAnyAsync([], options.Value.MaxIdleWait, stoppingToken);
            return null;
        }
    }

    private async Task<TimeSpan> IdleWaitAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        DateTimeOffset? next;
        try
        {
            next = await store.Jobs.NextDueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return TimeSpan.Zero;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogClaimFailed(ex);
            next = null;
        }
        if (next is null) return o.MaxIdleWait;
        var wait = next.Value - time.GetUtcNow();
        return wait < o.MinIdleWait ? o.MinIdleWait : wait > o.MaxIdleWait ? o.MaxIdleWait : wait;
    }

    /// <summary>Waits for any of <paramref name="tasks"/>, the timeout on the injected clock, or stop; never throws.</summary>
    private async Task WhenAnyAsync(Task[] tasks, TimeSpan timeout, CancellationToken stoppingToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = timeout == TimeSpan.MaxValue
            ? Task.Delay(Timeout.Infinite, cts.Token)
            : Task.Delay(timeout, time, cts.Token);
        await Task.WhenAny([delay, .. tasks]);
        await cts.CancelAsync();
        await delay.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    [LoggerMessage(LogLevel.Information, "Job engine {Worker} started with {Slots} slots")]
    private partial void LogStarted(string worker, int slots);

    [LoggerMessage(LogLevel.Information, "Job engine {Worker} stopped")]
    private partial void LogStopped(string worker);

    [LoggerMessage(LogLevel.Error, "Could not record the outcome of job {JobId}; it will run again when its lease runs out")]
    private partial void LogRecordFailed(Exception error, long jobId);

    [LoggerMessage(LogLevel.Warning, "Claiming jobs failed; will try again")]
    private partial void LogClaimFailed(Exception error);
}
