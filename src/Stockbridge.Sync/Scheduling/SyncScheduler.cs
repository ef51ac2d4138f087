using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Stockbridge.Sync.Scheduling;

/// <summary>
/// The hosted scheduler: every <see cref="SyncOptions.SchedulerTick"/> (on the injected clock) it runs a
/// <see cref="ScheduleTick"/>, which enqueues <c>source.pull</c>, <c>channel.poll-orders</c> and <c>reconcile</c> at their
/// intervals. A failed pass is logged and the next tick tries again.
/// </summary>
public sealed partial class SyncScheduler(ScheduleTick tick, IOptions<SyncOptions> options, TimeProvider time, ILogger<SyncScheduler> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunScheduler) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await tick.RunAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogTickFailed(ex);
            }
            try
            {
                await Task.Delay(options.Value.SchedulerTick, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "A scheduler pass failed; the next tick tries again")]
    private partial void LogTickFailed(Exception error);
}
