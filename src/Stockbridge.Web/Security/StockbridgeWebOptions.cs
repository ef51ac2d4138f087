namespace Stockbridge.Web.Security;

/// <summary>Options of the console and API (section <c>Stockbridge:Web</c>).</summary>
public sealed class StockbridgeWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Stockbridge:Web";

    /// <summary>Login attempts per remote address per minute. <value>Default: 10.</value></summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a console session lasts without activity. <value>Default: 8 hours.</value></summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
