using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Storage;
using Stockbridge.Storage.Inbox;

namespace Stockbridge.Web.Webhooks;

/// <summary>
/// Stores verified deliveries in the inbox (each with its <c>webhook.process</c> job). With group commit on, one loop
/// takes everything queued while the previous commit ran and stores it with one <see cref="IInboxStore.AppendManyAsync"/>;
/// every caller's task completes only after the transaction holding its delivery has committed, so a 200 always means
/// durable. If a batch fails, its deliveries are retried one by one so one bad delivery cannot fail the others.
/// </summary>
internal sealed partial class InboxWriter(IStore store, IOptions<WebhookIntakeOptions> options, ILogger<InboxWriter> logger) : BackgroundService
{
    private readonly Channel<PendingAppend> queue = Channel.CreateBounded<PendingAppend>(
        new BoundedChannelOptions(options.Value.MaxQueued) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Stores the delivery; completes once it is durable. Throws <see cref="InboxFullException"/> when the queue is full.</summary>
    public async Task<InboxAppendResult> AppendAsync(InboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (!options.Value.GroupCommit)
            return await store.Inbox.AppendAsync(delivery, WebhookJobKinds.Process, cancellationToken);
        var pending = new PendingAppend(delivery);
        if (!queue.Writer.TryWrite(pending)) throw new InboxFullException();
        // Not cancelled with the request: once queued the delivery will be committed; the caller just stops waiting.
        return await pending.Stored.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingAppend>(options.Value.MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < options.Value.MaxBatch && queue.Reader.TryRead(out var next)) batch.Add(next);
                await CommitAsync(batch);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: store what is already queued, then refuse the rest.
            queue.Writer.TryComplete();
            while (queue.Reader.TryRead(out var next)) batch.Add(next);
            if (batch.Count > 0) await CommitAsync(batch);
        }
    }

    private async Task CommitAsync(List<PendingAppend> batch)
    {
        try
        {
            var results = await store.Inbox.AppendManyAsync([.. batch.Select(p => p.Delivery)], WebhookJobKinds.Process, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++) batch[i].Stored.TrySetResult(results[i]);
        }
        catch (Exception ex)
        {
            LogBatchFailed(ex, batch.Count);
            foreach (var pending in batch) await CommitOneAsync(pending);
        }
    }

    private async Task CommitOneAsync(PendingAppend pending)
    {
        try
        {
            pending.Stored.TrySetResult(await store.Inbox.AppendAsync(pending.Delivery, WebhookJobKinds.Process, CancellationToken.None));
        }
        catch (Exception ex)
        {
            pending.Stored.TrySetException(ex);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Storing a batch of {Count} webhook deliveries failed; storing them one by one")]
    private partial void LogBatchFailed(Exception error, int count);
}
