using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Relational;

internal sealed class AuditRow
{
    public const string Columns = """
        client_id AS ClientId, entity AS Entity, key AS Key, at AS At, action AS Action,
        connection_id AS ConnectionId, job_id AS JobId, detail AS Detail, hash AS Hash
        """;

    public const string Insert = """
        INSERT INTO audit (client_id, entity, key, at, action, connection_id, job_id, detail, hash)
        VALUES (@ClientId, @Entity, @Key, @At, @Action, @ConnectionId, @JobId, @Detail, @Hash)
        """;

    public string ClientId { get; set; } = "";
    public string Entity { get; set; } = "";
    public string Key { get; set; } = "";
    public long At { get; set; }
    public string Action { get; set; } = "";
    public string? ConnectionId { get; set; }
    public long? JobId { get; set; }
    public string Detail { get; set; } = "";
    public string? Hash { get; set; }

    public static object ToParameters(AuditEntry entry) => new
    {
        entry.ClientId, entry.Entity, entry.Key, At = DbTime.ToDb(entry.At), entry.Action,
        entry.ConnectionId, entry.JobId, entry.Detail, entry.Hash,
    };

    public AuditEntry ToEntry() => new(ClientId, Entity, Key, DbTime.FromDb(At), Action, ConnectionId, JobId, Detail, Hash);
}
