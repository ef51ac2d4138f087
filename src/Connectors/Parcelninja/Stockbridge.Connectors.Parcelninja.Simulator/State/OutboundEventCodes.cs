namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>
/// Parcelninja's outbound event codes (observed in a 3PL's published webhook samples, not confirmed by Parcelninja) and the
/// simulator's lifecycle through them: 240 → 241 → 242 → 243 → 244 → 245, one step per lifecycle interval.
/// </summary>
public static class OutboundEventCodes
{
    /// <summary>Awaiting Stock: the first event of every outbound; it stays here until the warehouse holds its items.</summary>
    public const int AwaitingStock = 240;
    /// <summary>Ready to be Picked.</summary>
    public const int ReadyToBePicked = 241;
    /// <summary>Ready to be Packed: picking has started (from here an outbound can no longer be cancelled).</summary>
    public const int ReadyToBePacked = 242;
    /// <summary>Awaiting Courier Pickup.</summary>
    public const int AwaitingCourierPickup = 243;
    /// <summary>Dispatched with Courier: the waybill, courier and tracking URL are known.</summary>
    public const int Dispatched = 244;
    /// <summary>Delivered: the end.</summary>
    public const int Delivered = 245;
    /// <summary>On Hold.</summary>
    public const int OnHold = 282;
    /// <summary>In Picking Queue.</summary>
    public const int InPickingQueue = 290;

    /// <summary>The lifecycle the simulator's clock drives an outbound through.</summary>
    public static IReadOnlyList<int> Lifecycle { get; } = [AwaitingStock, ReadyToBePicked, ReadyToBePacked, AwaitingCourierPickup, Dispatched, Delivered];

    /// <summary>Every outbound code with its description.</summary>
    public static IReadOnlyDictionary<int, string> Descriptions { get; } = new Dictionary<int, string>
    {
        [240] = "Awaiting Stock",
        [290] = "In Picking Queue",
        [241] = "Ready to be Picked",
        [282] = "On Hold",
        [291] = "In Packing Queue",
        [242] = "Ready to be Packed",
        [246] = "Awaiting Collection",
        [391] = "Courier Collection Unsuccessful",
        [247] = "Collected",
        [243] = "Awaiting Courier Pickup",
        [244] = "Dispatched with Courier",
        [390] = "Courier Pickup Unsuccessful",
        [300] = "Scheduled for Delivery",
        [392] = "Courier Delivery Unsuccessful",
        [280] = "Unable to Deliver",
        [245] = "Delivered",
    };

    /// <summary>The codes at which an outbound may still be cancelled: picking has not started.</summary>
    public static IReadOnlySet<int> Cancellable { get; } = new HashSet<int> { AwaitingStock, InPickingQueue, ReadyToBePicked, OnHold };

    /// <summary>The codes after which the clock moves an outbound no further (delivered, collected, undeliverable).</summary>
    public static IReadOnlySet<int> Final { get; } = new HashSet<int> { Delivered, 247, 280 };

    /// <summary>The code's description, or "Unknown event".</summary>
    public static string Describe(int code) => Descriptions.GetValueOrDefault(code, "Unknown event");
}
