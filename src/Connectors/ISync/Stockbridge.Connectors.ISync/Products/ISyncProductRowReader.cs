using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.ISync.Products;

/// <summary>Reads listing rows; a row without its JobProductID, SKU or a readable ModifiedDate cannot be placed and is reported, not guessed.</summary>
public static class ISyncProductRowReader
{
    /// <summary>The row, or the reason it cannot be read.</summary>
    public static (ISyncProductRow? Row, string? Problem) Read(JsonElement item)
    {
        var sku = item.Str("SKU");
        var group = item.Str("JobProductID");
        var modified = item.Str("ModifiedDate");
        if (string.IsNullOrWhiteSpace(sku)) return (null, "a product row has no SKU");
        if (string.IsNullOrWhiteSpace(group)) return (null, $"SKU {sku} has no JobProductID");
        if (modified is null || !DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return (null, $"SKU {sku} has no readable ModifiedDate ('{modified}')");
        try
        {
            return (new ISyncProductRow(group, sku, item.Str("JobDescription") ?? "", item.Dec("RetailSellingPrice"), item.Dec("SellingPrice"),
                item.Dec("AvailableUnits"), item.Str("WebSale") ?? "", Options(item), modified, at), null);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException)
        {
            return (null, $"SKU {sku} has a price or AvailableUnits that is not a number ({e.Message})");
        }
    }

    private static ImmutableArray<KeyValuePair<string, string>> Options(JsonElement item) =>
    [
        .. item.Arr("Options")
            .Select(o => (Name: o.Str("Name"), Value: o.Str("Value")))
            .Where(o => !string.IsNullOrWhiteSpace(o.Name) && o.Value is not null)
            .Select(o => new KeyValuePair<string, string>(o.Name!, o.Value!)),
    ];
}
