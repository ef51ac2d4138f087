namespace Stockbridge.Web.Security;

/// <summary>Options of the console and API (section <c>Stockbridge:Web</c>).</summary>
public sealed class StockbridgeWebOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Stockbridge:Web";

    /// <summary>
    /// Failed sign-ins per remote address per minute; beyond it the address's wrong passwords get 429 (a right password
    /// still signs in). <value>Default: 10.</value>
    /// </summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins in a row that lock an e-mail (that e-mail only). <value>Default: 10.</value></summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int LoginFailuresBeforeLockout { get; set; } = 10;

    /// <summary>
    /// How long a locked e-mail stays locked (from the failure that locked it); also how long failures in a row are
    /// remembered. <value>Default: 15 minutes.</value>
    /// </summary>
    public TimeSpan LoginLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a console session lasts without activity. <value>Default: 8 hours.</value></summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
