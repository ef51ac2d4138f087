using System.Text.Json.Nodes;
using Stockbridge.Connectors.Channel;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Takealot.Offers;

/// <summary>
/// Batch items (<c>V2OfferBatchCreateUpdate</c>) for the hub's projection. An offer is named by its Takealot offer id once known
/// (from the link), else by barcode when the ERP has one (creating the offer on that catalogue product), else by SKU (an offer
/// the seller listed in the Seller Portal). Title and description are Takealot's catalogue's and are not written.
/// </summary>
public sealed class OfferItemBuilder(TakealotSettings settings)
{
    /// <summary>The link id key of a SKU's offer id.</summary>
    public static string OfferKey(string sku) => "offer:" + sku;

    /// <summary>The item for one variant of a product push, or why it cannot be sent.</summary>
    public (JsonObject? Item, string? Error) Product(Variant variant, ChannelProductStatus status, ChannelLink? link)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var price = WholeRand.Of(variant.Price ?? 0m);
        if (price < 1) return (null, $"SKU {variant.Sku}: no selling price of R1 or more (Takealot needs a positive whole-rand price; the projection gives {variant.Price?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
        var item = Identify(variant.Sku, variant.Barcode, link);
        item["selling_price"] = price;
        item["rrp"] = Rrp(variant) is { } rrp && WholeRand.Of(rrp) > price ? WholeRand.Of(rrp) : 0;
        if (settings.LeadtimeDays is { } days) item["leadtime_days"] = days;
        item["leadtime_stock"] = Stock(null, variant.Qty ?? 0m);
        item["status_action"] = status == ChannelProductStatus.Active ? "Re-enable" : "Disable";
        return (item, null);
    }

    /// <summary>The item setting one SKU's leadtime stock.</summary>
    public JsonObject Stock(StockPush push)
    {
        ArgumentNullException.ThrowIfNull(push);
        var item = Identify(push.Sku, null, push.Link);
        item["leadtime_stock"] = Stock(push.Location, push.Quantity);
        return item;
    }

    private JsonArray Stock(string? location, decimal quantity) =>
    [
        new JsonObject
        {
            ["merchant_warehouse_id"] = location is not null && int.TryParse(location, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : settings.MerchantWarehouseId,
            ["quantity"] = WholeRand.Quantity(quantity),
        },
    ];

    /// <summary>
    /// The RRP: the projected variant's compare-at price (the meta field <c>compare_at_price</c> the hub's projection writes
    /// from the channel rules' <c>compare_at_tier</c>, only when above the selling price), or null.
    /// </summary>
    public static decimal? Rrp(Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var field = variant.Meta.FirstOrDefault(m => m.Key == CompareAtMetaKey);
        return field is not null && decimal.TryParse(field.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var rrp) ? rrp : null;
    }

    /// <summary>The variant meta key the hub's projection carries the compare-at price in.</summary>
    public const string CompareAtMetaKey = "compare_at_price";

    private static JsonObject Identify(string sku, string? barcode, ChannelLink? link)
    {
        var item = new JsonObject();
        if (link?.Ids.TryGetValue(OfferKey(sku), out var offerId) == true && int.TryParse(offerId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            item["offer_id"] = id;
        else if (!string.IsNullOrWhiteSpace(barcode)) item["barcode"] = barcode;
        item["sku"] = sku;
        return item;
    }
}
