namespace Stockbridge.Domain.Orders;

/// <summary>The kinds of discount a channel applies.</summary>
public static class DiscountKinds
{
    /// <summary>A code the customer entered.</summary>
    public const string Code = "code";
    /// <summary>A discount the channel applied by itself (a sale, a promotion).</summary>
    public const string Automatic = "automatic";
    /// <summary>A discount staff gave by hand.</summary>
    public const string Manual = "manual";
    /// <summary>A discount computed by a script or function on the channel.</summary>
    public const string Script = "script";
    /// <summary>Anything else the channel reports.</summary>
    public const string Other = "other";
}
