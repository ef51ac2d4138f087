namespace Stockbridge.Storage.Inbox;

/// <summary>A verified webhook delivery to store.</summary>
/// <param name="ClientId">The connection's client.</param>
/// <param name="ConnectionId">The connection it was sent to.</param>
/// <param name="DeliveryId">The sender's delivery id; a repeat is acknowledged and ignored.</param>
/// <param name="Topic">The topic, if the sender named one.</param>
/// <param name="Body">The raw body bytes, exactly as received.</param>
/// <param name="HeadersJson">The request headers as a JSON object.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record InboxDelivery(
    string ClientId, string ConnectionId, string DeliveryId, string? Topic, byte[] Body, string HeadersJson, DateTimeOffset ReceivedAt);
