using Stockbridge.Connectors.ISync.Manifest;
using Stockbridge.Connectors.Manifest;
using K = Stockbridge.Connectors.ISync.Settings.ISyncSettingKeys;

namespace Stockbridge.Connectors.ISync.Settings;

/// <summary>A connection's settings, bound from its manifest keys (a missing or malformed one is a permanent error naming its key).</summary>
public sealed record ISyncSettings
{
    /// <summary>The API's root URL (the assumed contract's paths are under <c>api/v1/</c> of it).</summary>
    [Setting(K.BaseUrl)] public required Uri BaseUrl { get; init; }

    /// <summary>The iSync username or e-mail.</summary>
    [Setting(K.Username)] public required string Username { get; init; }

    /// <summary>The iSync password (a secret: never log it).</summary>
    [Setting(K.Password)] public required string Password { get; init; }

    /// <summary>The warehouse whose prices and units are read (the seed's Master warehouse).</summary>
    [Setting(K.Warehouse)] public string Warehouse { get; init; } = "Master";

    /// <summary>The debtor account web orders are raised against when the order names none.</summary>
    [Setting(K.CustomerCode)] public required string CustomerCode { get; init; }

    /// <summary>The pre-defined service item shipping is posted as.</summary>
    [Setting(K.ShippingServiceCode)] public string ShippingServiceCode { get; init; } = "SHIPPING";

    /// <summary>The pre-defined service item rounding cents are posted as (only when unit prices cannot carry a line's value).</summary>
    [Setting(K.AdjustmentServiceCode)] public string AdjustmentServiceCode { get; init; } = "ADJUSTMENT";

    /// <summary>Rows per product page.</summary>
    [Setting(K.PageSize)] public int PageSize { get; init; } = 100;

    /// <summary>The API root with a trailing slash: <c>{base_url}/api/v1/</c>.</summary>
    public Uri ApiRoot => new(BaseUrl.AbsoluteUri.TrimEnd('/') + "/api/v1/");

    /// <summary>Binds the connection's settings.</summary>
    public static ISyncSettings From(ConnectionContext context)
    {
        var settings = ConnectorSettingsBinder.Bind<ISyncSettings>(context, ISyncManifest.Manifest);
        if (settings.PageSize is < 1 or > 500)
            throw new Errors.PermanentConnectorException($"The connection's setting '{K.PageSize}' must be 1 to 500; it is {settings.PageSize}.");
        return settings;
    }
}
