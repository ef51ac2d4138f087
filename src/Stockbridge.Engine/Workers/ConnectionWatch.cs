using Microsoft.Extensions.Logging;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// Checks, while a job runs, whether its connection is still enabled. Once it is disabled the handler is cancelled, so
/// the job starts no further outside calls (a call in flight is cancelled too), and the worker hands the job back parked.
/// A job without a connection, or a zero interval, is not watched.
/// </summary>
internal sealed partial class ConnectionWatch : RunningJobCheck
{
    private readonly IConnectionStore connections;
    private readonly Job job;
    private readonly CancellationTokenSource handler;
    private readonly ILogger logger;

    public ConnectionWatch(IConnectionStore connections, Job job, TimeSpan interval, TimeProvider time, CancellationTokenSource handler, ILogger logger)
        : base(interval, time)
    {
        (this.connections, this.job, this.handler, this.logger) = (connections, job, handler, logger);
        if (job.ConnectionId is not null && interval > TimeSpan.Zero) Start();
    }

    /// <summary>True when the connection was found disabled and the handler cancelled.</summary>
    public bool Disabled { get; private set; }

    protected override async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (await connections.IsEnabledAsync(job.ClientId, job.ConnectionId!, cancellationToken)) return true;
        Disabled = true;
        LogDisabled(job.Id, job.Kind, job.ConnectionId!);
        await handler.CancelAsync();
        return false;
    }

    protected override void OnCheckFailed(Exception error) => LogCheckFailed(error, job.Id);

    [LoggerMessage(LogLevel.Information, "Job {JobId} ({Kind}) stopped: connection {ConnectionId} was disabled; the job is parked")]
    private partial void LogDisabled(long jobId, string kind, string connectionId);

    [LoggerMessage(LogLevel.Warning, "Could not check whether the connection of job {JobId} is still enabled; will try again")]
    private partial void LogCheckFailed(Exception error, long jobId);
}
