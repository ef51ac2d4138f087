namespace Stockbridge.TradeStore.Catalogue;

/// <summary>A catalogue search: free text (title, SKU, barcode), a collection, and whether only SKUs in stock are shown.</summary>
public sealed record CatalogueQuery(string? Text = null, string? Collection = null, bool InStockOnly = false, int Page = 1)
{
    public const int PageSize = 24;

    public bool Matches(CatalogueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (InStockOnly && item.Available <= 0) return false;
        if (!string.IsNullOrWhiteSpace(Collection) && !string.Equals(item.Collection, Collection, StringComparison.OrdinalIgnoreCase)) return false;
        if (string.IsNullOrWhiteSpace(Text)) return true;
        var words = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.All(w => item.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || item.Sku.Contains(w, StringComparison.OrdinalIgnoreCase)
            || (item.Barcode ?? "").Equals(w, StringComparison.OrdinalIgnoreCase));
    }
}
