using System.Globalization;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.TradeStore.Connector;

namespace Stockbridge.TradeStore.Catalogue;

/// <summary>
/// What one customer sees of a variant: the price of its own tier (the customer's ERP price tier, else the store's default
/// tier; a variant meta <c>contract_price_{customer}</c> from the ERP wins over both), the available stock of the store's
/// warehouses, and the pack rule (variant or product meta <c>qty_multiples_of</c> / <c>min_order_qty</c>, else the store's).
/// </summary>
public static class CustomerPricing
{
    public static CatalogueItem Item(Product product, Variant variant, Customer customer, TradeStoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(settings);
        var tier = string.IsNullOrWhiteSpace(customer.PriceTier) ? settings.DefaultTier : customer.PriceTier.Trim();
        decimal? price = variant.PriceTiers.TryGetValue(tier, out var p) && p > 0 ? p : null;
        if (Meta(variant.Meta, product.Meta, $"contract_price_{customer.SourceCustomerCode}") is { } contract
            && decimal.TryParse(contract, NumberStyles.Number, CultureInfo.InvariantCulture, out var c) && c > 0)
            (price, tier) = (c, "contract");
        var stock = variant.QtyAvailability.Count == 0
            ? new Dictionary<string, decimal>(StringComparer.Ordinal) { ["stock"] = Math.Max(0, variant.Qty ?? 0) }
            : variant.QtyAvailability.Where(w => settings.Warehouses.Count == 0 || settings.Warehouses.Contains(w.Key, StringComparer.OrdinalIgnoreCase))
                .ToDictionary(w => w.Key, w => Math.Max(0, w.Value), StringComparer.Ordinal);
        return new CatalogueItem
        {
            Sku = variant.Sku, ProductCode = product.SourceProductCode, Collection = product.Collection ?? product.ProductType, Barcode = variant.Barcode,
            Title = string.Join(" / ", new[] { product.Title, variant.Option1, variant.Option2, variant.Option3 }.Where(s => !string.IsNullOrWhiteSpace(s))),
            Price = price, Tier = tier, Stock = stock,
            Pack = new PackRule(Whole(Meta(variant.Meta, product.Meta, "qty_multiples_of")) ?? settings.QtyMultiplesOf,
                Whole(Meta(variant.Meta, product.Meta, "min_order_qty")) ?? settings.MinOrderQty),
        };
    }

    private static string? Meta(IEnumerable<MetaField> variant, IEnumerable<MetaField> product, string key) =>
        (variant.FirstOrDefault(m => m.Key == key) ?? product.FirstOrDefault(m => m.Key == key))?.Value;

    private static int? Whole(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
