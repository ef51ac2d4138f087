using Microsoft.Extensions.Logging;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Workers;

/// <summary>
/// Renews a job's lease every third of its length while the handler runs. If the store says the lease is gone (another
/// worker took the job after we stalled), the handler is cancelled and the worker writes nothing.
/// </summary>
internal sealed partial class LeaseKeeper : IDisposable
{
    private readonly IJobStore jobs;
    private readonly ClaimedJob claimed;
    private readonly TimeSpan lease;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource handler;
    private readonly ILogger logger;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public LeaseKeeper(IJobStore jobs, ClaimedJob claimed, TimeSpan lease, TimeProvider time, CancellationTokenSource handler, ILogger logger)
    {
        (this.jobs, this.claimed, this.lease, this.time, this.handler, this.logger) = (jobs, claimed, lease, time, handler, logger);
        loop = Task.Run(RenewLoopAsync);
    }

    /// <summary>True when the store refused a renewal.</summary>
    public bool Lost { get; private set; }

    /// <summary>Stops renewing (the handler has finished).</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    public void Dispose() => stop.Dispose();

    private async Task RenewLoopAsync()
    {
        var period = lease / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, time, stop.Token);
                if (await jobs.RenewLeaseAsync(claimed.Job.Id, claimed.LeaseToken, lease, stop.Token)) continue;
                Lost = true;
                await handler.CancelAsync();
                return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRenewFailed(ex, claimed.Job.Id);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Could not renew the lease of job {JobId}; will try again")]
    private partial void LogRenewFailed(Exception error, long jobId);
}
