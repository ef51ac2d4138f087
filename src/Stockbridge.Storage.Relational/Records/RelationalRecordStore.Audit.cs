using Dapper;
using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Relational.Records;

internal sealed partial class RelationalRecordStore
{
    public Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        database.WriteAsync((connection, transaction) =>
            connection.ExecuteAsync(Sql.Command(AuditRow.Insert, AuditRow.ToParameters(entry), cancellationToken, transaction)), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> HistoryAsync(string clientId, string entity, string key, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AuditEntry>>(async connection =>
        {
            var rows = await connection.QueryAsync<AuditRow>(Sql.Command($"""
                SELECT {AuditRow.Columns} FROM audit
                WHERE client_id = @clientId AND entity = @entity AND key = @key
                ORDER BY id
                """, new { clientId, entity, key }, cancellationToken));
            return rows.Select(row => row.ToEntry()).ToList();
        }, cancellationToken);
}
