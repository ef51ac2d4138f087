namespace Stockbridge.Domain.Orders;

/// <summary>Where a <see cref="Refund"/> is in the source.</summary>
public static class RefundStatuses
{
    /// <summary>Taken in; the source has not been told yet.</summary>
    public const string Received = "received";
    /// <summary>The source's order carries it (changed, cancelled, or raised without the refunded items).</summary>
    public const string Applied = "applied";
    /// <summary>The source could not carry it; <see cref="Refund.Result"/> says why and what a person must do.</summary>
    public const string Failed = "failed";
}
