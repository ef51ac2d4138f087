namespace Stockbridge.Sync.Jobs;

/// <summary>The audit actions the sync pipeline writes into a record's history.</summary>
public static class SyncAuditActions
{
    /// <summary>An order was taken in (with how: webhook, poll or reconcile).</summary>
    public const string Intake = "intake";
    /// <summary>The hub is about to call the source to raise the order.</summary>
    public const string RaiseIntent = "raise_intent";
    /// <summary>The source holds the order now; the detail has its number.</summary>
    public const string Raised = "raised";
    /// <summary>The order cannot be raised; the detail has the reason.</summary>
    public const string Failed = "failed";
    /// <summary>A projection was written to a channel.</summary>
    public const string Pushed = "pushed";
    /// <summary>A channel rejected a record; the detail has its reason.</summary>
    public const string PushFailed = "push_failed";
    /// <summary>The source's order number was written back onto the channel order.</summary>
    public const string PushedBack = "pushed_back";
    /// <summary>The channel held something other than what the hub pushed.</summary>
    public const string Drift = "drift";
    /// <summary>The reconcile sweep found the source's value of a raised order differing from what the channel charged.</summary>
    public const string ValueDrift = "value_drift";
    /// <summary>The channel cancelled the order; what the hub did about it is in the detail.</summary>
    public const string Cancelled = "cancelled";
    /// <summary>The channel refunded (part of) the order; what the source made of it follows in <see cref="RefundApplied"/> or <see cref="RefundFailed"/>.</summary>
    public const string Refunded = "refunded";
    /// <summary>The source's order now carries a refund; the detail has the source's result.</summary>
    public const string RefundApplied = "refund_applied";
    /// <summary>The source could not carry a refund; the detail has the reason and what a person must do.</summary>
    public const string RefundFailed = "refund_failed";
    /// <summary>The order was handed to a fulfilment connection (shipment id in the detail).</summary>
    public const string SentToFulfillment = "sent_to_fulfillment";
    /// <summary>A handed-over shipment's state changed (status, tracking).</summary>
    public const string ShipmentUpdated = "shipment_updated";
    /// <summary>The shipment has left the warehouse with its tracking: the order is fulfilled.</summary>
    public const string Shipped = "shipped";
    /// <summary>The fulfilment with tracking was created on the channel order.</summary>
    public const string FulfillmentPushed = "fulfillment_pushed";
}
