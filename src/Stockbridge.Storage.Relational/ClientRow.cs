using Stockbridge.Storage.Clients;

namespace Stockbridge.Storage.Relational;

internal sealed class ClientRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public long CreatedAt { get; set; }

    public ClientRecord ToRecord() => new(Id, Name, DbTime.FromDb(CreatedAt));
}
