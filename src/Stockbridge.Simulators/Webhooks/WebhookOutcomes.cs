namespace Stockbridge.Simulators.Webhooks;

/// <summary>The outcomes a <see cref="WebhookDeliveryRecord"/> can carry.</summary>
public static class WebhookOutcomes
{
    /// <summary>The receiver answered 2xx.</summary>
    public const string Delivered = "delivered";
    /// <summary>The receiver answered otherwise, or not at all; a retry follows if the schedule has one.</summary>
    public const string Failed = "failed";
    /// <summary>A fault dropped the delivery: nothing was sent.</summary>
    public const string Dropped = "dropped";
    /// <summary>A fault sent the delivery twice.</summary>
    public const string Duplicated = "duplicated";
    /// <summary>Every retry failed; the delivery is given up.</summary>
    public const string Abandoned = "abandoned";
}
