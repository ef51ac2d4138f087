using System.Globalization;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.WooCommerce.Products;
using Stockbridge.Connectors.WooCommerce.Settings;

namespace Stockbridge.Connectors.WooCommerce;

/// <summary>
/// Stock-only pushes: stock_quantity (with manage_stock) by id through products/batch and variations/batch, using the ids
/// on each SKU's link. WooCommerce has no locations and no compare-and-swap: the quantities of one SKU in a batch are
/// added up and written absolutely.
/// </summary>
public sealed partial class WooCommerceConnector
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<PushOutcome>();
        // Target: (parent product id or null for a simple product, the record's id) per SKU.
        var targets = new List<(string Sku, string? Parent, string Id, int Quantity, ChannelLink Link)>();
        foreach (var sku in batch.GroupBy(s => s.Sku, StringComparer.Ordinal))
        {
            var link = sku.Select(s => s.Link).LastOrDefault(l => l is not null);
            var quantity = ProductPayloadBuilder.Whole(sku.Sum(s => s.Quantity));
            if (link is null)
                outcomes.Add(new PushOutcome(sku.Key, null, $"SKU {sku.Key} has no WooCommerce link yet: push its product first."));
            else if (link.Ids.GetValueOrDefault(ProductPayloadBuilder.VariationKey(sku.Key)) is { Length: > 0 } variationId)
                targets.Add((sku.Key, link.ExternalId, variationId, quantity, link));
            else
                targets.Add((sku.Key, null, link.Ids.GetValueOrDefault(ProductPayloadBuilder.ProductKey(sku.Key)) ?? link.ExternalId, quantity, link));
        }
        foreach (var group in targets.GroupBy(t => t.Parent))
        {
            var path = group.Key is null ? "products/batch" : $"products/{group.Key}/variations/batch";
            foreach (var page in group.Chunk(WooCommerceConstants.PageSize))
            {
                var answer = await Client.WriteAsync(HttpMethod.Post, path, new Dictionary<string, object?>
                {
                    ["update"] = page.Select(t => new Dictionary<string, object?>
                    {
                        ["id"] = long.Parse(t.Id, CultureInfo.InvariantCulture),
                        ["manage_stock"] = true,
                        ["stock_quantity"] = t.Quantity,
                    }).ToList(),
                }, cancellationToken);
                var items = answer.Arr("update").ToList();
                for (var j = 0; j < page.Length; j++)
                {
                    var error = j < items.Count ? WooErrorReader.ItemError(items[j]) : "WooCommerce's batch answer has no element for this SKU.";
                    outcomes.Add(new PushOutcome(page[j].Sku, error is null ? page[j].Link : null, error));
                }
            }
        }
        return outcomes;
    }
}
