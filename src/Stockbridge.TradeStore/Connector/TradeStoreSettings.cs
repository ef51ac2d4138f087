using System.Globalization;

namespace Stockbridge.TradeStore.Connector;

/// <summary>A trade store connection's settings, parsed (defaults where a setting is missing or empty).</summary>
public sealed record TradeStoreSettings
{
    public const string StoreNameKey = "store_name";
    public const string DefaultTierKey = "default_price_tier";
    public const string WarehousesKey = "warehouses";
    public const string OverOrderKey = "over_order_enabled";
    public const string MultiplesKey = "qty_multiples_of";
    public const string MinimumKey = "min_order_qty";
    public const string VatRateKey = "vat_rate";

    public string StoreName { get; init; } = "Trade Store";
    public string DefaultTier { get; init; } = "A";
    /// <summary>Warehouse codes shown; empty means every warehouse.</summary>
    public IReadOnlyList<string> Warehouses { get; init; } = [];
    public bool OverOrderEnabled { get; init; }
    public int QtyMultiplesOf { get; init; } = 1;
    public int MinOrderQty { get; init; } = 1;
    /// <summary>VAT as a fraction (0.15 for 15 percent).</summary>
    public decimal VatRate { get; init; } = 0.15m;

    /// <summary>Reads the settings of a connection.</summary>
    public static TradeStoreSettings From(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string? Get(string key) => settings.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        int Positive(string key) => int.TryParse(Get(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        return new TradeStoreSettings
        {
            StoreName = Get(StoreNameKey) ?? "Trade Store",
            DefaultTier = Get(DefaultTierKey) ?? "A",
            Warehouses = [.. (Get(WarehousesKey) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            OverOrderEnabled = string.Equals(Get(OverOrderKey), "true", StringComparison.OrdinalIgnoreCase),
            QtyMultiplesOf = Positive(MultiplesKey),
            MinOrderQty = Positive(MinimumKey),
            VatRate = decimal.TryParse(Get(VatRateKey), NumberStyles.Number, CultureInfo.InvariantCulture, out var vat) && vat is >= 0 and < 100 ? vat / 100m : 0.15m,
        };
    }
}
