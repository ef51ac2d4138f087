namespace Stockbridge.Engine.Workers;

/// <summary>
/// A check repeated on the injected clock while a job's handler runs (lease renewal, connection still enabled), until
/// the check says to stop or the handler finishes. A check that throws is logged by the subclass and tried again.
/// </summary>
internal abstract class RunningJobCheck : IDisposable
{
    private readonly TimeSpan period;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stop = new();
    private Task loop = Task.CompletedTask;

    protected RunningJobCheck(TimeSpan period, TimeProvider time) => (this.period, this.time) = (period, time);

    /// <summary>Stops checking (the handler has finished) and waits for a check in progress.</summary>
    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await loop;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        stop.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the loop; called last by a subclass's constructor, once its own fields are set.</summary>
    protected void Start() => loop = Task.Run(LoopAsync);

    /// <summary>One check; false ends the loop (the subclass has acted on what it found).</summary>
    protected abstract Task<bool> CheckAsync(CancellationToken cancellationToken);

    /// <summary>A check threw (not because of stop); it is tried again next period.</summary>
    protected abstract void OnCheckFailed(Exception error);

    private async Task LoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(period, time, stop.Token);
                if (!await CheckAsync(stop.Token)) return;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                OnCheckFailed(ex);
            }
        }
    }
}
