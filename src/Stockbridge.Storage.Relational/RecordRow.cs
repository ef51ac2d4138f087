using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Relational;

internal sealed class RecordRow
{
    public const string Columns = """
        client_id AS ClientId, entity AS Entity, key AS Key, hash AS Hash, json AS Json,
        version AS Version, updated_at AS UpdatedAt, origin AS Origin
        """;

    public string ClientId { get; set; } = "";
    public string Entity { get; set; } = "";
    public string Key { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Json { get; set; } = "";
    public long Version { get; set; }
    public long UpdatedAt { get; set; }
    public string? Origin { get; set; }

    public HubRecord ToRecord() => new(ClientId, Entity, Key, Hash, Json, Version, DbTime.FromDb(UpdatedAt), Origin);
}
