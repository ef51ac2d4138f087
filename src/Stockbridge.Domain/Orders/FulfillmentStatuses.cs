namespace Stockbridge.Domain.Orders;

/// <summary>Statuses of a <see cref="Fulfillment"/> the hub itself sets (the others are the service's own words, as read).</summary>
public static class FulfillmentStatuses
{
    /// <summary>The hub called the shipment off at the fulfilment service (the channel cancelled the order before it left).</summary>
    public const string Cancelled = "cancelled";
}
