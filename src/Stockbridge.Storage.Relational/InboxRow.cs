using Stockbridge.Storage.Inbox;

namespace Stockbridge.Storage.Relational;

internal sealed class InboxRow
{
    public const string Columns = """
        id AS Id, client_id AS ClientId, connection_id AS ConnectionId, delivery_id AS DeliveryId, topic AS Topic,
        body AS Body, headers_json AS HeadersJson, received_at AS ReceivedAt, job_id AS JobId
        """;

    public long Id { get; set; }
    public string ClientId { get; set; } = "";
    public string ConnectionId { get; set; } = "";
    public string DeliveryId { get; set; } = "";
    public string? Topic { get; set; }
    public byte[] Body { get; set; } = [];
    public string HeadersJson { get; set; } = "{}";
    public long ReceivedAt { get; set; }
    public long JobId { get; set; }

    public InboxEntry ToEntry() =>
        new(Id, new InboxDelivery(ClientId, ConnectionId, DeliveryId, Topic, Body, HeadersJson, DbTime.FromDb(ReceivedAt)), JobId);
}
