namespace Stockbridge.Connectors.Parcelninja.Outbounds;

/// <summary>
/// Parcelninja's event codes as the hub's fulfilment states (the canonical vocabulary): <c>pending</c> until a courier has
/// the parcel, <c>open</c> once dispatched (244 and the courier events after it), <c>complete</c> at 245 Delivered.
/// </summary>
public static class OutboundStatuses
{
    /// <summary>Dispatched with Courier: tracking is known from here.</summary>
    public const int Dispatched = 244;

    /// <summary>Delivered.</summary>
    public const int Delivered = 245;

    /// <summary>The events that mean a courier has the parcel (dispatched, scheduled, delivery unsuccessful, unable to deliver).</summary>
    public static IReadOnlySet<int> WithCourier { get; } = new HashSet<int> { Dispatched, 300, 392, 280 };

    /// <summary>The state for the newest event code (null: no events yet).</summary>
    public static string For(int? latestCode, bool hasTracking) => latestCode switch
    {
        Delivered => "complete",
        { } code when WithCourier.Contains(code) => "open",
        _ when hasTracking => "open",
        _ => "pending",
    };
}
