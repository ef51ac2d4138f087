using System.Collections.Immutable;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.ISync.Products;

/// <summary>
/// Makes one product from the rows of one JobProductID: one variant per SKU (ordered by SKU) with its options, SellingPrice as
/// price, both prices as tiers, AvailableUnits as stock in the warehouse read. WebSale decides per SKU: Ignore leaves the SKU
/// out (a group of only Ignore is not sent at all), Delete makes it inactive, Active sells it; the product is active while any
/// SKU is. A WebSale outside the three, or a missing title or SellingPrice, fails the group with the SKU and value named.
/// </summary>
public static class ProductGroupMapper
{
    /// <summary>The most options a product carries.</summary>
    public const int MaxOptions = 3;

    /// <summary>The name of the SellingPrice tier.</summary>
    public const string SellingPriceTier = "SellingPrice";

    /// <summary>The name of the RetailSellingPrice tier.</summary>
    public const string RetailSellingPriceTier = "RetailSellingPrice";

    /// <summary>The group's outcome.</summary>
    public static ProductGroupOutcome Map(string jobProductId, IReadOnlyCollection<ISyncProductRow> rows, string warehouse)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ordered = rows.OrderBy(r => r.Sku, StringComparer.Ordinal).ToList();
        var judged = new List<(ISyncProductRow Row, WebSale WebSale)>(ordered.Count);
        foreach (var row in ordered)
        {
            if (WebSaleReader.Read(row.WebSale) is not { } webSale)
                return Failed(jobProductId, $"SKU {row.Sku} has WebSale '{row.WebSale}', which is not Ignore, Active or Delete");
            judged.Add((row, webSale));
        }
        var sent = judged.Where(j => j.WebSale != WebSale.Ignore).ToList();
        if (sent.Count == 0) return new(jobProductId, null, null);
        foreach (var (row, _) in sent)
        {
            if (row.SellingPrice is null) return Failed(jobProductId, $"SKU {row.Sku} has no SellingPrice");
            if (row.AvailableUnits is null) return Failed(jobProductId, $"SKU {row.Sku} has no AvailableUnits");
        }
        var title = Title(jobProductId, sent.Select(s => s.Row).ToList());
        if (string.IsNullOrWhiteSpace(title)) return Failed(jobProductId, "no SKU has a JobDescription for the title");
        var optionNames = sent.SelectMany(s => s.Row.Options.Select(o => o.Key)).Distinct(StringComparer.Ordinal).ToList();
        if (optionNames.Count > MaxOptions)
            return Failed(jobProductId, $"its SKUs have {optionNames.Count} options ({string.Join(", ", optionNames)}); at most {MaxOptions} are carried");
        return new(jobProductId, new Product
        {
            SourceProductCode = jobProductId,
            Title = title.Trim(),
            Options = [.. optionNames],
            Active = sent.Any(s => s.WebSale == WebSale.Active),
            Variants = [.. sent.Select(s => Variant(s.Row, s.WebSale, optionNames, warehouse))],
        }, null);
    }

    private static Variant Variant(ISyncProductRow row, WebSale webSale, List<string> optionNames, string warehouse)
    {
        var tiers = ImmutableSortedDictionary<string, decimal>.Empty.Add(SellingPriceTier, row.SellingPrice!.Value);
        if (row.RetailSellingPrice is { } retail) tiers = tiers.Add(RetailSellingPriceTier, retail);
        string? Option(int i) => i < optionNames.Count ? row.Options.FirstOrDefault(o => o.Key == optionNames[i]).Value : null;
        return new Variant
        {
            SourceVariantCode = row.Sku,
            Sku = row.Sku,
            Option1 = Option(0),
            Option2 = Option(1),
            Option3 = Option(2),
            InventoryManagement = true,
            Price = row.SellingPrice,
            PriceTiers = tiers,
            Qty = row.AvailableUnits,
            QtyAvailability = ImmutableSortedDictionary<string, decimal>.Empty.Add(warehouse, row.AvailableUnits!.Value),
            Active = webSale == WebSale.Active,
        };
    }

    /// <summary>The title: the description of the SKU equal to the JobProductID, else of the first SKU that has one.</summary>
    private static string Title(string jobProductId, List<ISyncProductRow> rows) =>
        rows.FirstOrDefault(r => r.Sku == jobProductId && !string.IsNullOrWhiteSpace(r.JobDescription))?.JobDescription
        ?? rows.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r.JobDescription))?.JobDescription
        ?? "";

    private static ProductGroupOutcome Failed(string jobProductId, string problem) =>
        new(jobProductId, null, $"iSync product {jobProductId}: {problem}; it is not pulled until it is corrected in iSync");
}
