using Stockbridge.Storage.Records;

namespace Stockbridge.Storage.Relational;

internal sealed class LinkRow
{
    public const string Columns = """
        client_id AS ClientId, connection_id AS ConnectionId, entity AS Entity, key AS Key, external_id AS ExternalId,
        ids_json AS IdsJson, pushed_hash AS PushedHash, pushed_at AS PushedAt
        """;

    public string ClientId { get; set; } = "";
    public string ConnectionId { get; set; } = "";
    public string Entity { get; set; } = "";
    public string Key { get; set; } = "";
    public string ExternalId { get; set; } = "";
    public string IdsJson { get; set; } = "{}";
    public string? PushedHash { get; set; }
    public long? PushedAt { get; set; }

    public RecordLink ToLink() => new(ClientId, ConnectionId, Entity, Key, ExternalId, IdsJson, PushedHash, DbTime.FromDb(PushedAt));
}
