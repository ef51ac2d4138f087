namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>An outbound (a customer order to ship) as the warehouse holds it.</summary>
public sealed class Outbound
{
    /// <summary>Parcelninja's id (sent back in <c>x-parcelninja-outbound-id</c>).</summary>
    public required int Id { get; init; }
    /// <summary>The client's own order number.</summary>
    public required string ClientId { get; init; }
    /// <summary>2: customer order; 4: return-stock order.</summary>
    public required int TypeId { get; init; }
    /// <summary>The client's sales channel id, if given.</summary>
    public string? ChannelId { get; init; }
    /// <summary>Where it goes.</summary>
    public required DeliveryInfo Delivery { get; init; }
    /// <summary>Its lines.</summary>
    public required IReadOnlyList<OutboundItem> Items { get; init; }
    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>Its events, oldest first.</summary>
    public List<OutboundEvent> Events { get; } = [];
    /// <summary>When the clock next moves it a step along the lifecycle; null: never (final, held, or deleted).</summary>
    public DateTimeOffset? NextStepAt { get; set; }
    /// <summary>Whether its stock is allocated (from 241 Ready to be Picked).</summary>
    public bool Allocated { get; set; }
    /// <summary>The courier's waybill number, once dispatched.</summary>
    public string? WaybillNumber { get; set; }
    /// <summary>The courier, once dispatched.</summary>
    public string? CourierName { get; set; }
    /// <summary>Where the recipient tracks it, once dispatched.</summary>
    public string? TrackingUrl { get; set; }
    /// <summary>When it was deleted (cancelled); null while it stands.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>The latest event.</summary>
    public OutboundEvent Latest => Events[^1];
}
