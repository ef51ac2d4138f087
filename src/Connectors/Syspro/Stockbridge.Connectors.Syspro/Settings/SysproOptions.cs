using System.Globalization;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Domain.Orders.Pricing;

namespace Stockbridge.Connectors.Syspro.Settings;

/// <summary>A SYSPRO connection's settings, parsed and checked once per connector instance.</summary>
internal sealed record SysproOptions
{
    public required string DatabaseProvider { get; init; }
    public required string Database { get; init; }
    public string? Server { get; init; }
    public string? DatabaseUser { get; init; }
    public string? DatabasePassword { get; init; }
    public required Uri EnetUrl { get; init; }
    public required Uri EnetSoapUrl { get; init; }
    public EnetPostTransport PostTransport { get; init; } = EnetPostTransport.Soap;
    public int LicenceSeats { get; init; } = 1;
    public required string Operator { get; init; }
    public required string OperatorPassword { get; init; }
    public required string CompanyId { get; init; }
    public string CompanyPassword { get; init; } = "";
    public int ActiveUserField { get; init; } = 1;
    public string ActiveValue { get; init; } = "Y";
    public IReadOnlySet<string>? Warehouses { get; init; }
    public bool CustomerActiveWhenNotOnHold { get; init; }
    public string? DefaultCustomer { get; init; }
    public string? DefaultSalesperson { get; init; }
    public string? DefaultWarehouse { get; init; }
    public string? OrderType { get; init; }
    public string? InvoiceOrderType { get; init; }
    public string ShippingLineMode { get; init; } = "freight";
    public string? ShippingProductClass { get; init; }
    public DiscountMode DiscountMode { get; init; } = DiscountMode.NetPrice;
    public string? DiscountProductClass { get; init; }
    public bool CheckPoNumbers { get; init; } = true;
    public TimeSpan EnetTimeout { get; init; } = TimeSpan.FromSeconds(100);

    public static SysproOptions From(ConnectionContext context)
    {
        var url = context.Required(SysproSettingKeys.EnetUrl);
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var enet))
            throw new PermanentConnectorException($"The e.net URL '{url}' is not an absolute URL.");
        var soap = SoapUrl(context, enet);
        var transport = context.Optional(SysproSettingKeys.EnetPostTransport, "soap")!.ToLowerInvariant() switch
        {
            "soap" => EnetPostTransport.Soap,
            "rest" => EnetPostTransport.Rest,
            var other => throw new PermanentConnectorException($"enet_post_transport must be soap or rest, not '{other}'."),
        };
        var seats = Number(context, SysproSettingKeys.LicenceSeats, 1);
        if (seats is < 1 or > MaxLicenceSeats) throw new PermanentConnectorException($"licence_seats must be 1 to {MaxLicenceSeats}, not {seats}.");
        var field = Number(context, SysproSettingKeys.ActiveUserField, 1);
        if (field is < 1 or > 5) throw new PermanentConnectorException($"active_user_field must be 1 to 5, not {field}.");
        var warehouses = context.Optional(SysproSettingKeys.Warehouses)?
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new SysproOptions
        {
            DatabaseProvider = context.Optional(SysproSettingKeys.DatabaseProvider, "sqlserver")!.ToLowerInvariant(),
            Database = context.Required(SysproSettingKeys.Database),
            Server = context.Optional(SysproSettingKeys.Server),
            DatabaseUser = context.Optional(SysproSettingKeys.DatabaseUser),
            DatabasePassword = context.Optional(SysproSettingKeys.DatabasePassword),
            EnetUrl = enet,
            EnetSoapUrl = soap,
            PostTransport = transport,
            LicenceSeats = seats,
            Operator = context.Required(SysproSettingKeys.Operator),
            OperatorPassword = context.Required(SysproSettingKeys.OperatorPassword),
            CompanyId = context.Required(SysproSettingKeys.CompanyId),
            CompanyPassword = context.Optional(SysproSettingKeys.CompanyPassword, "")!,
            ActiveUserField = field,
            ActiveValue = context.Optional(SysproSettingKeys.ActiveValue, "Y")!,
            Warehouses = warehouses is { Count: > 0 } ? warehouses : null,
            CustomerActiveWhenNotOnHold = context.Optional(SysproSettingKeys.CustomerActiveRule) == "not_on_hold",
            DefaultCustomer = context.Optional(SysproSettingKeys.DefaultCustomer),
            DefaultSalesperson = context.Optional(SysproSettingKeys.DefaultSalesperson),
            DefaultWarehouse = context.Optional(SysproSettingKeys.DefaultWarehouse),
            OrderType = context.Optional(SysproSettingKeys.OrderType),
            InvoiceOrderType = context.Optional(SysproSettingKeys.InvoiceOrderType),
            ShippingLineMode = context.Optional(SysproSettingKeys.ShippingLineMode, "freight")!,
            ShippingProductClass = context.Optional(SysproSettingKeys.ShippingProductClass),
            DiscountMode = DiscountModes.Parse(context.Optional(SysproSettingKeys.DiscountMode, DiscountModes.NetPrice))
                ?? throw new PermanentConnectorException(
                    $"The connection's setting '{SysproSettingKeys.DiscountMode}' must be one of {string.Join(", ", DiscountModes.All)}, not '{context.Optional(SysproSettingKeys.DiscountMode)}'."),
            DiscountProductClass = context.Optional(SysproSettingKeys.DiscountProductClass),
            CheckPoNumbers = !string.Equals(context.Optional(SysproSettingKeys.CheckPoNumbers), "false", StringComparison.OrdinalIgnoreCase),
            EnetTimeout = TimeSpan.FromSeconds(Math.Max(1, Number(context, SysproSettingKeys.EnetTimeoutSeconds, 100))),
        };
    }

    /// <summary>The most licence seats one connection may use (each is a session and a call in flight).</summary>
    public const int MaxLicenceSeats = 32;

    /// <summary>
    /// The SOAP (BasicHttp) endpoint: the setting, or by default the REST URL without its last segment
    /// (…/SYSPROWCFService/Rest → …/SYSPROWCFService), where the WCF service's base address usually is.
    /// </summary>
    private static Uri SoapUrl(ConnectionContext context, Uri rest)
    {
        if (context.Optional(SysproSettingKeys.EnetSoapUrl) is { } text)
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? url
                : throw new PermanentConnectorException($"The e.net SOAP URL '{text}' is not an absolute http(s) URL.");
        }
        var path = rest.AbsolutePath.TrimEnd('/');
        var cut = path.LastIndexOf('/');
        if (cut <= 0)
            throw new PermanentConnectorException($"The e.net URL '{rest.GetLeftPart(UriPartial.Path)}' has no service path to derive the SOAP URL from; set enet_soap_url.");
        return new Uri(rest, path[..cut]);
    }

    private static int Number(ConnectionContext context, string key, int fallback)
    {
        var text = context.Optional(key);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PermanentConnectorException($"The connection's setting '{key}' must be a whole number, not '{text}'.");
    }
}
