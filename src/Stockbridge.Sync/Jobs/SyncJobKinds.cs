namespace Stockbridge.Sync.Jobs;

/// <summary>The job kinds of the sync pipeline.</summary>
public static class SyncJobKinds
{
    /// <summary>Reads changed products and customers from a source connection into the hub (per source connection).</summary>
    public const string SourcePull = "source.pull";
    /// <summary>Pushes one product's projection to a channel connection (key: product code).</summary>
    public const string ChannelPush = "channel.push";
    /// <summary>The fast path: pushes one product's quantities only (key: product code).</summary>
    public const string ChannelPushStock = "channel.push-stock";
    /// <summary>Reads recent orders from a channel connection (covers missed webhooks).</summary>
    public const string ChannelPollOrders = "channel.poll-orders";
    /// <summary>Raises one order into the source, exactly once (runs on the source connection).</summary>
    public const string OrderRaise = "order.raise";
    /// <summary>Writes the source's order number back onto the channel order.</summary>
    public const string OrderMarkRaised = "order.mark-raised";
    /// <summary>Settles an order the channel cancelled after the hub took it further than received (runs on the source connection).</summary>
    public const string OrderCancel = "order.cancel";
    /// <summary>Carries a channel refund into the source: changes the raised order, or says why it cannot (runs on the source connection).</summary>
    public const string OrderRefund = "order.refund";
    /// <summary>Hands a raised order to its channel's fulfilment connection, exactly once (runs on the fulfilment connection).</summary>
    public const string OrderFulfill = "order.fulfill";
    /// <summary>Reads a handed-over shipment's state and tracking (runs on the fulfilment connection; again until shipped).</summary>
    public const string OrderTrackShipment = "order.track-shipment";
    /// <summary>Creates the fulfilment with tracking on the channel order (runs on the channel connection).</summary>
    public const string OrderPushFulfillment = "order.push-fulfillment";
    /// <summary>Compares what a channel holds with what the hub pushed, heals drift, takes in missed orders.</summary>
    public const string Reconcile = "reconcile";
}
