using System.Collections.Immutable;

namespace Stockbridge.Domain.Orders;

/// <summary>A shipment of (part of) an order with its tracking.</summary>
public sealed record Fulfillment
{
    public required string ChannelOrderCode { get; init; }
    public string? FulfillmentConnection { get; init; }
    /// <summary>The fulfilment service's id of the shipment (e.g. Parcelninja's outbound id).</summary>
    public string? ShipmentId { get; init; }
    /// <summary>When the order was handed to the fulfilment service.</summary>
    public DateTimeOffset? HandedOverAt { get; init; }
    public ImmutableArray<FulfillmentLine> Lines { get; init; } = [];
    public string Status { get; init; } = "pending";
    public string? TrackingNumber { get; init; }
    public string? TrackingCompany { get; init; }
    public string? TrackingUrl { get; init; }

    /// <summary>Whether the shipment has left the warehouse (a tracking number, or a shipped or delivered status).</summary>
    public bool HasShipped => !string.IsNullOrWhiteSpace(TrackingNumber)
        || Status is "shipped" or "delivered" or "fulfilled" or "success";
}
