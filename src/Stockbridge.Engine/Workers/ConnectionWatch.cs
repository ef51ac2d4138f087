using Microsoft.Extensions.Logging;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// Checks, while a job runs, whether its connection is still enabled. Once it is disabled the handler is cancelled, so
/// the job starts no further outside calls (a call in flight is cancelled too), and the worker hands the job back parked.
/// </summary>
internal sealed partial class ConnectionWatch : IDisposable
{
    private readonly IConnectionStore connections;
    private readonly Job job;
    private readonly TimeSpan interval;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource handler;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public ConnectionWatch(IConnectionStore connections, Job job, TimeSpan interval, TimeProvider time, CancellationTokenSource handler, ILogger logger)
    {
        (this.connections, this.job, this.interval, this.time, this.handler, this.logger) = (connections, job, interval, time, handler, logger);
        loop = job.ConnectionId is null || interval <= TimeSpan.Zero ? Task.CompletedTask : Task.Run(WatchLoopAsync);
    }

    /// <summary>True when the connection was found disabled and the handler cancelled.</summary>
    public bool Disabled { get; private set; }

    /// <summary>Stops watching (the handler has finished).</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    public void Dispose() => stop.Dispose();

    private async Task WatchLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, time, stop.Token);
                if (await connections.IsEnabledAsync(job.ClientId, job.ConnectionId!, stop.Token)) continue;
                Disabled = true;
                LogDisabled(job.Id, job.Kind, job.ConnectionId!);
                await handler.CancelAsync();
                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogCheckFailed(ex, job.Id);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Job {JobId} ({Kind}) stopped: connection {ConnectionId} was disabled; the job is parked")]
    private partial void LogDisabled(long jobId, string kind, string connectionId);

    [LoggerMessage(LogLevel.Warning, "Could not check whether the connection of job {JobId} is still enabled; will try again")]
    private partial void LogCheckFailed(Exception error, long jobId);
}
