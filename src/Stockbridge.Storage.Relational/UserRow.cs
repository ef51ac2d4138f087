using Stockbridge.Storage.Access;

namespace Stockbridge.Storage.Relational;

internal sealed class UserRow
{
    public const string Columns =
        "id AS Id, client_id AS ClientId, email AS Email, password_hash AS PasswordHash, role AS Role, created_at AS CreatedAt";

    public string Id { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string Email { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "";
    public long CreatedAt { get; set; }

    public AccessUser ToRecord() => new(Id, ClientId, Email, PasswordHash, Role, DbTime.FromDb(CreatedAt));
}
