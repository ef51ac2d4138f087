using System.Data.Common;
using Dapper;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Relational.Jobs;

namespace Stockbridge.Storage.Relational.Records;

internal sealed partial class RelationalRecordStore(IRelationalDatabase database, RelationalDialect dialect, JobWriter jobs, TimeProvider time)
    : IRecordStore
{
    // Two writers upserting the same record take turns on it, so versions and audit lines never interleave. The records'
    // and their follow-up jobs' keys are taken in one call, so two writers never take them in opposite orders.
    public Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(string clientId, IReadOnlyList<RecordWrite> batch, CancellationToken cancellationToken) =>
        database.WriteAsync<IReadOnlyList<UpsertOutcome>>(async (connection, transaction) =>
        {
            await dialect.SerializeOnAsync(connection, transaction,
                batch.Select(w => $"record:{clientId}:{w.Entity}:{w.Key}").Concat(JobWriter.SerializationKeys(batch.SelectMany(w => w.Jobs))), cancellationToken);
            var now = time.GetUtcNow();
            var outcomes = new List<UpsertOutcome>(batch.Count);
            foreach (var write in batch)
            {
                var outcome = await UpsertOneAsync(connection, transaction, clientId, write, now, cancellationToken);
                foreach (var job in write.Jobs) await jobs.EnqueueAsync(connection, transaction, job, now, cancellationToken);
                outcomes.Add(outcome);
            }
            return outcomes;
        }, cancellationToken);

    public Task<HubRecord?> GetAsync(string clientId, string entity, string key, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var row = await connection.QuerySingleOrDefaultAsync<RecordRow>(Sql.Command(
                $"SELECT {RecordRow.Columns} FROM records WHERE client_id = @clientId AND entity = @entity AND key = @key",
                new { clientId, entity, key }, cancellationToken));
            return row?.ToRecord();
        }, cancellationToken);

    public Task<IReadOnlyList<HubRecord>> ListAsync(string clientId, string entity, string? afterKey, int limit, CancellationToken cancellationToken) =>
        ListWhereAsync("", clientId, entity, afterKey, limit, cancellationToken);

    public Task<IReadOnlyList<HubRecord>> ListOpenAsync(string clientId, string entity, string? afterKey, int limit, CancellationToken cancellationToken) =>
        ListWhereAsync($"AND {dialect.IsTrue("open")} ", clientId, entity, afterKey, limit, cancellationToken);

    public Task<long> CountAsync(string clientId, string entity, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.ExecuteScalarAsync<long>(Sql.Command(
            "SELECT COUNT(*) FROM records WHERE client_id = @clientId AND entity = @entity", new { clientId, entity }, cancellationToken)),
            cancellationToken);

    /// <summary>A page of the entity's records after <paramref name="afterKey"/>, by key; <paramref name="filter"/> narrows them further.</summary>
    private Task<IReadOnlyList<HubRecord>> ListWhereAsync(
        string filter, string clientId, string entity, string? afterKey, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<HubRecord>>(async connection =>
        {
            var after = dialect.NullableText("@afterKey");
            var rows = await connection.QueryAsync<RecordRow>(Sql.Command($"""
                SELECT {RecordRow.Columns} FROM records
                WHERE client_id = @clientId AND entity = @entity {filter}AND ({after} IS NULL OR key > {after})
                ORDER BY key LIMIT @limit
                """, new { clientId, entity, afterKey, limit }, cancellationToken));
            return rows.Select(row => row.ToRecord()).ToList();
        }, cancellationToken);

    private static async Task<UpsertOutcome> UpsertOneAsync(
        DbConnection connection, DbTransaction transaction, string clientId, RecordWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = new { ClientId = clientId, write.Entity, write.Key };
        var existing = await connection.QuerySingleOrDefaultAsync<RecordRow>(Sql.Command(
            $"SELECT {RecordRow.Columns} FROM records WHERE client_id = @ClientId AND entity = @Entity AND key = @Key", key, cancellationToken, transaction));
        if (existing is not null && existing.Hash == write.Hash)
        {
            await UpsertHistory.AppendAsync(connection, transaction, clientId, write, UpsertOutcome.Unchanged, existing.Version, now, cancellationToken);
            return UpsertOutcome.Unchanged;
        }

        var version = (existing?.Version ?? 0) + 1;
        await connection.ExecuteAsync(Sql.Command("""
            INSERT INTO records (client_id, entity, key, hash, json, version, updated_at, origin, open)
            VALUES (@ClientId, @Entity, @Key, @Hash, @Json, @Version, @UpdatedAt, @Origin, @Open)
            ON CONFLICT (client_id, entity, key) DO UPDATE SET
                hash = excluded.hash, json = excluded.json, version = excluded.version,
                updated_at = excluded.updated_at, origin = excluded.origin, open = excluded.open
            """, new { ClientId = clientId, write.Entity, write.Key, write.Hash, write.Json, Version = version, UpdatedAt = DbTime.ToDb(now), write.Origin, write.Open },
            cancellationToken, transaction));

        var outcome = existing is null ? UpsertOutcome.Created : UpsertOutcome.Changed;
        await UpsertHistory.AppendAsync(connection, transaction, clientId, write, outcome, version, now, cancellationToken);
        return outcome;
    }
}
