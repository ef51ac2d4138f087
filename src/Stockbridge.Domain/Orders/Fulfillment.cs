using System.Collections.Immutable;

namespace Stockbridge.Domain.Orders;

/// <summary>A shipment of (part of) an order with its tracking.</summary>
public sealed record Fulfillment
{
    public required string ChannelOrderCode { get; init; }
    public string? FulfillmentConnection { get; init; }
    public ImmutableArray<FulfillmentLine> Lines { get; init; } = [];
    public string Status { get; init; } = "pending";
    public string? TrackingNumber { get; init; }
    public string? TrackingCompany { get; init; }
    public string? TrackingUrl { get; init; }
}
