using Microsoft.Extensions.Options;
using Stockbridge.Connectors.Source;
using Stockbridge.Engine.Jobs;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;

namespace Stockbridge.Sync.Pull;

/// <summary>
/// <c>source.pull</c>: reads products and customers from a source connection, incrementally from the stored cursors when
/// the connector can (everything otherwise), and writes them in batches; each cursor is stored only after its batch is
/// committed, so a crash re-reads rather than skips.
/// </summary>
public sealed class SourcePullHandler(
    IStore store, SyncConnections connections, PullBatchWriter writer, DroppedProducts dropped, IOptions<SyncOptions> options) : IJobHandler
{
    /// <summary>The cursor name of products.</summary>
    public const string ProductsCursor = "products";
    /// <summary>The cursor name of customers.</summary>
    public const string CustomersCursor = "customers";

    /// <inheritdoc />
    public string Kind => SyncJobKinds.SourcePull;

    /// <inheritdoc />
    public JobLane Lane => JobLane.Background;

    /// <inheritdoc />
    public async Task<string?> HandleAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var connection = await connections.GetAsync(context.Job.ClientId, context.Job.ConnectionId, cancellationToken);
        var source = connections.Bind<ISourceConnector>(connection);
        PullCounts products, customers;
        if (source is ISupportsIncrementalReads incremental)
        {
            products = await PullIncrementalAsync(connection, ProductsCursor, c => incremental.ReadChangedProductsAsync(c, cancellationToken),
                (batch, ct) => writer.WriteProductsAsync(connection.ClientId, connection.Id, batch, ct), cancellationToken);
            customers = await PullIncrementalAsync(connection, CustomersCursor, c => incremental.ReadChangedCustomersAsync(c, cancellationToken),
                (batch, ct) => writer.WriteCustomersAsync(connection.ClientId, connection.Id, batch, ct), cancellationToken);
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            products = await PullAllAsync(source.ReadProductsAsync(cancellationToken), (batch, ct) =>
            {
                seen.UnionWith(batch.Select(p => p.SourceProductCode));
                return writer.WriteProductsAsync(connection.ClientId, connection.Id, batch, ct);
            }, cancellationToken);
            var gone = await dropped.FindAsync(connection.ClientId, connection.Id, seen, cancellationToken);
            foreach (var chunk in gone.Chunk(options.Value.BatchSize))
                products += await writer.WriteProductsAsync(connection.ClientId, connection.Id, chunk, cancellationToken);
            customers = await PullAllAsync(source.ReadCustomersAsync(cancellationToken),
                (batch, ct) => writer.WriteCustomersAsync(connection.ClientId, connection.Id, batch, ct), cancellationToken);
        }
        return JobPayload.Write(new { products, customers });
    }

    private async Task<PullCounts> PullIncrementalAsync<T>(
        ConnectionRecord connection, string cursorName, Func<string?, IAsyncEnumerable<Changed<T>>> read,
        Func<IReadOnlyList<T>, CancellationToken, Task<PullCounts>> write, CancellationToken cancellationToken)
    {
        var cursor = await store.Schedule.GetCursorAsync(connection.ClientId, connection.Id, cursorName, cancellationToken);
        var totals = PullCounts.Zero;
        var batch = new List<T>(options.Value.BatchSize);
        string? last = null;
        await foreach (var changed in read(cursor).WithCancellation(cancellationToken))
        {
            batch.Add(changed.Record);
            last = changed.Cursor;
            if (batch.Count < options.Value.BatchSize) continue;
            totals += await write(batch, cancellationToken);
            await store.Schedule.SetCursorAsync(connection.ClientId, connection.Id, cursorName, last, cancellationToken);
            batch.Clear();
        }
        if (batch.Count > 0) totals += await write(batch, cancellationToken);
        if (last is not null) await store.Schedule.SetCursorAsync(connection.ClientId, connection.Id, cursorName, last, cancellationToken);
        return totals;
    }

    private async Task<PullCounts> PullAllAsync<T>(
        IAsyncEnumerable<T> records, Func<IReadOnlyList<T>, CancellationToken, Task<PullCounts>> write, CancellationToken cancellationToken)
    {
        var totals = PullCounts.Zero;
        var batch = new List<T>(options.Value.BatchSize);
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            batch.Add(record);
            if (batch.Count < options.Value.BatchSize) continue;
            totals += await write(batch, cancellationToken);
            batch.Clear();
        }
        if (batch.Count > 0) totals += await write(batch, cancellationToken);
        return totals;
    }
}
