using System.Collections.Immutable;

namespace Stockbridge.Domain.Catalog;

/// <summary>A sellable unit of a product: one SKU with its prices and stock per warehouse.</summary>
public sealed record Variant
{
    public required string SourceVariantCode { get; init; }
    public required string Sku { get; init; }
    public string? Barcode { get; init; }
    public string? Option1 { get; init; }
    public string? Option2 { get; init; }
    public string? Option3 { get; init; }
    public int? Grams { get; init; }
    public bool InventoryManagement { get; init; } = true;
    /// <summary>Retail price, if the source names one apart from its tiers.</summary>
    public decimal? Price { get; init; }
    /// <summary>Tier code (e.g. SYSPRO price code A..J) to price.</summary>
    public ImmutableSortedDictionary<string, decimal> PriceTiers { get; init; } = ImmutableSortedDictionary<string, decimal>.Empty;
    /// <summary>Total quantity the channels see, when the source gives one total.</summary>
    public decimal? Qty { get; init; }
    /// <summary>Warehouse or location code to available quantity.</summary>
    public ImmutableSortedDictionary<string, decimal> QtyAvailability { get; init; } = ImmutableSortedDictionary<string, decimal>.Empty;
    public ImmutableArray<MetaField> Meta { get; init; } = [];
    public bool Active { get; init; } = true;
    /// <summary>
    /// Decimal places a quantity of this SKU may have (SYSPRO InvMaster.Decimals: 0 for items sold in whole units);
    /// null when the source does not say. Orders with more are refused before they are raised.
    /// </summary>
    public int? QuantityDecimals { get; init; }
}
