using Stockbridge.Storage.Access;

namespace Stockbridge.Storage.Relational;

internal sealed class TokenRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, name AS Name, token_hash AS TokenHash, created_at AS CreatedAt, revoked_at AS RevokedAt";

    public string Id { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string Name { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public long CreatedAt { get; set; }
    public long? RevokedAt { get; set; }

    public ApiToken ToRecord() => new(Id, ClientId, Name, TokenHash, DbTime.FromDb(CreatedAt), DbTime.FromDb(RevokedAt));
}
