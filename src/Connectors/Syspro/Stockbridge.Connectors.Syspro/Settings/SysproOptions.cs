using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Connectors.Syspro.Manifest;
using Stockbridge.Domain.Orders.Pricing;
using K = Stockbridge.Connectors.Syspro.Settings.SysproSettingKeys;

namespace Stockbridge.Connectors.Syspro.Settings;

/// <summary>
/// A SYSPRO connection's settings, bound once per connector instance from the manifest (types, defaults, required
/// settings and choices checked by <see cref="ConnectorSettingsBinder"/>); the e.net addresses, licence seats and the
/// warehouse list are then derived and checked here.
/// </summary>
internal sealed record SysproOptions
{
    [Setting(K.DatabaseProvider)] public string DatabaseProvider { get; init; } = "sqlserver";
    [Setting(K.Database)] public required string Database { get; init; }
    [Setting(K.Server)] public string? Server { get; init; }
    [Setting(K.DatabaseUser)] public string? DatabaseUser { get; init; }
    [Setting(K.DatabasePassword)] public string? DatabasePassword { get; init; }
    /// <summary>The e.net REST base URL, always ending in '/'.</summary>
    public required Uri EnetUrl { get; init; }
    public required Uri EnetSoapUrl { get; init; }
    [Setting(K.EnetPostTransport)] public EnetPostTransport PostTransport { get; init; } = EnetPostTransport.Soap;
    [Setting(K.LicenceSeats)] public int LicenceSeats { get; init; } = 1;
    [Setting(K.Operator)] public required string Operator { get; init; }
    [Setting(K.OperatorPassword)] public required string OperatorPassword { get; init; }
    [Setting(K.CompanyId)] public required string CompanyId { get; init; }
    [Setting(K.CompanyPassword)] public string CompanyPassword { get; init; } = "";
    [Setting(K.ActiveUserField)] public int ActiveUserField { get; init; } = 1;
    [Setting(K.ActiveValue)] public string ActiveValue { get; init; } = "Y";
    public IReadOnlySet<string>? Warehouses { get; init; }
    public bool CustomerActiveWhenNotOnHold => CustomerActiveRule == "not_on_hold";
    [Setting(K.DefaultCustomer)] public string? DefaultCustomer { get; init; }
    [Setting(K.DefaultSalesperson)] public string? DefaultSalesperson { get; init; }
    [Setting(K.DefaultWarehouse)] public string? DefaultWarehouse { get; init; }
    [Setting(K.OrderType)] public string? OrderType { get; init; }
    [Setting(K.InvoiceOrderType)] public string? InvoiceOrderType { get; init; }
    [Setting(K.ShippingLineMode)] public string ShippingLineMode { get; init; } = "freight";
    [Setting(K.ShippingProductClass)] public string? ShippingProductClass { get; init; }
    [Setting(K.DiscountMode)] public DiscountMode DiscountMode { get; init; } = DiscountMode.NetPrice;
    [Setting(K.DiscountProductClass)] public string? DiscountProductClass { get; init; }
    [Setting(K.CheckPoNumbers)] public bool CheckPoNumbers { get; init; } = true;
    public TimeSpan EnetTimeout => TimeSpan.FromSeconds(Math.Max(1, EnetTimeoutSeconds));

    // Settings as entered, from which the public values above are derived.
    [Setting(K.EnetUrl)] private string EnetUrlSetting { get; init; } = "";
    [Setting(K.EnetSoapUrl)] private Uri? EnetSoapUrlSetting { get; init; }
    [Setting(K.Warehouses)] private string? WarehousesSetting { get; init; }
    [Setting(K.CustomerActiveRule)] private string CustomerActiveRule { get; init; } = "always";
    [Setting(K.EnetTimeoutSeconds)] private int EnetTimeoutSeconds { get; init; } = 100;

    /// <summary>The most licence seats one connection may use (each is a session and a call in flight).</summary>
    public const int MaxLicenceSeats = 32;

    public static SysproOptions From(ConnectionContext context)
    {
        var bound = ConnectorSettingsBinder.Bind<SysproOptions>(context, SysproManifest.Instance);
        if (bound.LicenceSeats is < 1 or > MaxLicenceSeats)
            throw new PermanentConnectorException($"licence_seats must be 1 to {MaxLicenceSeats}, not {bound.LicenceSeats}.");
        var url = bound.EnetUrlSetting;
        var enet = new Uri(url.EndsWith('/') ? url : url + "/");
        var warehouses = bound.WarehousesSetting?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return bound with
        {
            EnetUrl = enet,
            EnetSoapUrl = bound.EnetSoapUrlSetting ?? DerivedSoapUrl(enet),
            Warehouses = warehouses is { Count: > 0 } ? warehouses : null,
        };
    }

    /// <summary>
    /// The SOAP (BasicHttp) endpoint by default: the REST URL without its last segment
    /// (…/SYSPROWCFService/Rest → …/SYSPROWCFService), where the WCF service's base address usually is.
    /// </summary>
    private static Uri DerivedSoapUrl(Uri rest)
    {
        var path = rest.AbsolutePath.TrimEnd('/');
        var cut = path.LastIndexOf('/');
        if (cut <= 0)
            throw new PermanentConnectorException($"The e.net URL '{rest.GetLeftPart(UriPartial.Path)}' has no service path to derive the SOAP URL from; set enet_soap_url.");
        return new Uri(rest, path[..cut]);
    }
}
