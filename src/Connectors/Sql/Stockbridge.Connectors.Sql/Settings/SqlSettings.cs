using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Manifest;
using K = Stockbridge.Connectors.Sql.Settings.SqlSettingKeys;

namespace Stockbridge.Connectors.Sql.Settings;

/// <summary>A SQL connection's settings, bound from its manifest keys (a missing or malformed one is a permanent error naming its key).</summary>
public sealed record SqlSettings
{
    [Setting(K.Engine)] public required string EngineName { get; init; }
    [Setting(K.Server)] public string? Server { get; init; }
    [Setting(K.Port)] public int? Port { get; init; }
    [Setting(K.Database)] public required string Database { get; init; }
    [Setting(K.Username)] public string? Username { get; init; }
    /// <summary>The read-only login's password (a secret: never log it).</summary>
    [Setting(K.Password)] public string? Password { get; init; }
    [Setting(K.ConnectionOptions)] public string? ConnectionOptions { get; init; }
    [Setting(K.ProductsQuery)] public required string ProductsQuery { get; init; }
    [Setting(K.ChangeColumn)] public string ChangeColumn { get; init; } = "changed_at";
    [Setting(K.OverlapSeconds)] public int OverlapSeconds { get; init; } = 300;
    [Setting(K.PageSize)] public int PageSize { get; init; } = 1000;
    [Setting(K.CustomersQuery)] public string? CustomersQuery { get; init; }
    [Setting(K.OrderLookupQuery)] public string? OrderLookupQuery { get; init; }
    [Setting(K.OrderHeaderStatement)] public string? OrderHeaderStatement { get; init; }
    [Setting(K.OrderLineStatement)] public string? OrderLineStatement { get; init; }
    [Setting(K.OrderUsername)] public string? OrderUsername { get; init; }
    /// <summary>The order-raising login's password (a secret: never log it).</summary>
    [Setting(K.OrderPassword)] public string? OrderPassword { get; init; }

    /// <summary>The engine <see cref="EngineName"/> names.</summary>
    public SqlEngine Engine => SqlEngineNames.Parse(EngineName);

    /// <summary>Whether orders can be raised: a look-up query and at least one raise statement.</summary>
    public bool RaisesOrders => !string.IsNullOrWhiteSpace(OrderLookupQuery) && !string.IsNullOrWhiteSpace(OrderLineStatement);

    /// <summary>Binds the connection's settings.</summary>
    public static SqlSettings From(ConnectionContext context)
    {
        var settings = ConnectorSettingsBinder.Bind<SqlSettings>(context, SqlManifest.Manifest);
        _ = settings.Engine;
        if (settings.PageSize is < 1 or > 100_000)
            throw new Errors.PermanentConnectorException($"The setting '{K.PageSize}' must be between 1 and 100000; it is {settings.PageSize}.");
        if (settings.OverlapSeconds < 0)
            throw new Errors.PermanentConnectorException($"The setting '{K.OverlapSeconds}' must not be negative; it is {settings.OverlapSeconds}.");
        if (!Mapping.ColumnName.IsPlain(settings.ChangeColumn))
            throw new Errors.PermanentConnectorException($"The setting '{K.ChangeColumn}' must be a plain column name (letters, digits, _); it is '{settings.ChangeColumn}'.");
        return settings;
    }
}
