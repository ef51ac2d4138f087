using System.Data.Common;
using System.Globalization;
using Dapper;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Relational.Jobs;

namespace Stockbridge.Storage.Relational.Inbox;

/// <summary>Each delivery and the job that processes it are written in one transaction; the task completes after COMMIT.</summary>
internal sealed class RelationalInboxStore(IRelationalDatabase database, RelationalDialect dialect, JobWriter jobs, TimeProvider time) : IInboxStore
{
    private const string Insert = """
        INSERT INTO inbox (client_id, connection_id, delivery_id, topic, body, headers_json, received_at)
        VALUES (@ClientId, @ConnectionId, @DeliveryId, @Topic, @Body, @HeadersJson, @ReceivedAt)
        RETURNING id
        """;

    public async Task<InboxAppendResult> AppendAsync(InboxDelivery delivery, string jobKind, CancellationToken cancellationToken)
    {
        var results = await AppendManyAsync([delivery], jobKind, cancellationToken);
        return results[0];
    }

    public Task<IReadOnlyList<InboxAppendResult>> AppendManyAsync(
        IReadOnlyList<InboxDelivery> deliveries, string jobKind, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<InboxAppendResult>>(async (connection, transaction) =>
        {
            // The same delivery received twice at once takes turns on its key: the second sees the first's row.
            await dialect.SerializeOnAsync(connection, transaction, deliveries.Select(d => $"inbox:{d.ConnectionId}:{d.DeliveryId}"), cancellationToken);
            var now = time.GetUtcNow();
            var results = new List<InboxAppendResult>(deliveries.Count);
            foreach (var delivery in deliveries)
            {
                results.Add(await AppendOneAsync(connection, transaction, delivery, jobKind, now, cancellationToken));
            }
            return results;
        }, cancellationToken);

    public Task<InboxEntry?> GetAsync(string clientId, long inboxId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<InboxRow>(Sql.Command(
                $"SELECT {InboxRow.Columns} FROM inbox WHERE client_id = @clientId AND id = @inboxId", new { clientId, inboxId }, cancellationToken));
            return row?.ToEntry();
        }, cancellationToken);

    public Task<long> CountAsync(string clientId, string connectionId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.ExecuteScalarAsync<long>(Sql.Command(
            "SELECT COUNT(*) FROM inbox WHERE client_id = @clientId AND connection_id = @connectionId", new { clientId, connectionId }, cancellationToken)),
            cancellationToken);

    private async Task<InboxAppendResult> AppendOneAsync(
        DbConnection connection, DbTransaction transaction, InboxDelivery delivery, string jobKind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var owner = await connection.ExecuteScalarAsync<string?>(Sql.Command(
            "SELECT client_id FROM connections WHERE id = @ConnectionId", new { delivery.ConnectionId }, cancellationToken, transaction));
        if (owner != delivery.ClientId)
        {
            throw new InvalidOperationException($"Connection '{delivery.ConnectionId}' does not exist for client '{delivery.ClientId}'.");
        }

        var earlier = await connection.ExecuteScalarAsync<long?>(Sql.Command(
            "SELECT id FROM inbox WHERE connection_id = @ConnectionId AND delivery_id = @DeliveryId",
            new { delivery.ConnectionId, delivery.DeliveryId }, cancellationToken, transaction));
        if (earlier is { } earlierId) return new InboxAppendResult(earlierId, Duplicate: true);

        var inboxId = await connection.ExecuteScalarAsync<long>(Sql.Command(Insert, new
        {
            delivery.ClientId, delivery.ConnectionId, delivery.DeliveryId, delivery.Topic, delivery.Body, delivery.HeadersJson,
            ReceivedAt = DbTime.ToDb(delivery.ReceivedAt),
        }, cancellationToken, transaction));

        var job = new JobRequest(delivery.ClientId, delivery.ConnectionId, jobKind, Key: null,
            Payload: string.Create(CultureInfo.InvariantCulture, $$"""{"inbox_id":{{inboxId}}}"""),
            IdempotencyKey: $"inbox:{delivery.ConnectionId}:{delivery.DeliveryId}");
        var jobId = await jobs.EnqueueAsync(connection, transaction, job, now, cancellationToken);
        await connection.ExecuteAsync(Sql.Command(
            "UPDATE inbox SET job_id = @JobId WHERE id = @InboxId", new { JobId = jobId, InboxId = inboxId }, cancellationToken, transaction));
        return new InboxAppendResult(inboxId, Duplicate: false);
    }
}
