using Microsoft.Extensions.Logging;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// Renews a job's lease every third of its length while the handler runs. If the store says the lease is gone (another
/// worker took the job after we stalled), the handler is cancelled and the worker writes nothing.
/// </summary>
internal sealed partial class LeaseKeeper : RunningJobCheck
{
    private readonly IJobStore jobs;
    private readonly ClaimedJob claimed;
    private readonly TimeSpan lease;
    private readonly CancellationTokenSource handler;
    private readonly ILogger logger;

    public LeaseKeeper(IJobStore jobs, ClaimedJob claimed, TimeSpan lease, TimeProvider time, CancellationTokenSource handler, ILogger logger)
        : base(lease / 3, time)
    {
        (this.jobs, this.claimed, this.lease, this.handler, this.logger) = (jobs, claimed, lease, handler, logger);
        Start();
    }

    /// <summary>True when the store refused a renewal.</summary>
    public bool Lost { get; private set; }

    protected override async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        if (await jobs.RenewLeaseAsync(claimed.Job.Id, claimed.LeaseToken, lease, cancellationToken)) return true;
        Lost = true;
        await handler.CancelAsync();
        return false;
    }

    protected override void OnCheckFailed(Exception error) => LogRenewFailed(error, claimed.Job.Id);

    [LoggerMessage(LogLevel.Warning, "Could not renew the lease of job {JobId}; will try again")]
    private partial void LogRenewFailed(Exception error, long jobId);
}
