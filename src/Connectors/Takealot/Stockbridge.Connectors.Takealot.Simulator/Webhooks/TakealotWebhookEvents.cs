namespace Stockbridge.Connectors.Takealot.Simulator.Webhooks;

/// <summary>The webhook event names Takealot sends in <c>X-Takealot-Event</c>.</summary>
public static class TakealotWebhookEvents
{
    /// <summary>A leadtime order item: the seller ships it.</summary>
    public const string NewLeadtimeOrder = "New Leadtime Order";
    /// <summary>A drop-ship order.</summary>
    public const string NewDropShipOrder = "New Drop Ship Order";
    /// <summary>A sale's status changed (also sent for a sale shipped from a Takealot DC).</summary>
    public const string SaleStatusChanged = "Sale Status Changed";
    /// <summary>An offer batch completed.</summary>
    public const string BatchCompleted = "Batch Completed";
    /// <summary>An offer changed.</summary>
    public const string OfferUpdated = "Offer Updated";
    /// <summary>An offer was created.</summary>
    public const string OfferCreated = "Offer Created";
}
