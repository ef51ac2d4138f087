namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>How the simulated store is configured (Stores › Configuration in Magento's admin).</summary>
public sealed record SimulatorSettings
{
    /// <summary>Web API input limits on (off by default in Magento since 2.4.3-p1).</summary>
    public bool InputLimits { get; init; }
    /// <summary>Entities per synchronous array input when limits are on.</summary>
    public int SyncInputLimit { get; init; } = 20;
    /// <summary>Entities per asynchronous request when limits are on.</summary>
    public int AsyncInputLimit { get; init; } = 5000;
    /// <summary>Maximum page size when limits are on.</summary>
    public int MaxPageSize { get; init; } = 300;
    /// <summary>Integration access tokens accepted as standalone Bearer tokens (off by default since 2.4.4).</summary>
    public bool StandaloneBearer { get; init; }
    /// <summary>
    /// Two-factor authentication on (Magento_TwoFactorAuth, on by default in 2.4): <c>integration/admin/token</c> is refused
    /// and <c>tfa/provider/google/authenticate</c> takes the user, password and the one-time code.
    /// </summary>
    public bool TwoFactor { get; init; }
    /// <summary>The one-time code the simulated Google Authenticator shows (a fixed code: the simulator has no clock-based TOTP).</summary>
    public string TwoFactorCode { get; init; } = "246810";
    /// <summary>The admin token lifetime.</summary>
    public TimeSpan AdminTokenLifetime { get; init; } = TimeSpan.FromHours(4);
    /// <summary>The tax rate applied at checkout (VAT 15 %).</summary>
    public decimal TaxRate { get; init; } = 15m;
    /// <summary>Flat-rate shipping ex tax.</summary>
    public decimal FlatRateShipping { get; init; } = 60m;
}
