using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Products;

namespace Stockbridge.Connectors.Magento1;

public sealed partial class Magento1Connector
{
    /// <summary>
    /// Sets each SKU's quantity with <c>catalogInventoryStockItemUpdate</c> (by the product id the link holds, else by SKU):
    /// in stock while above 0. Magento has no compare-and-swap; a product Magento does not have is that record's error.
    /// </summary>
    public async Task<IReadOnlyList<PushOutcome>> PushStockAsync(IReadOnlyList<StockPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<PushOutcome>(batch.Count);
        foreach (var push in batch)
        {
            var product = KnownId(push.Link, push.Sku) ?? push.Sku;
            try
            {
                var done = await soap.CallAsync("catalogInventoryStockItemUpdate", writes: true,
                    (c, s) => c.CatalogInventoryStockItemUpdateAsync(s, product, MagentoProductData.Stock(push.Quantity)), cancellationToken);
                outcomes.Add(done == 1
                    ? new PushOutcome(push.Sku, push.Link)
                    : new PushOutcome(push.Sku, push.Link, $"Magento catalogInventoryStockItemUpdate for {push.Sku} answered {done}, not 1."));
            }
            catch (PermanentConnectorException e)
            {
                outcomes.Add(new PushOutcome(push.Sku, push.Link, $"{push.Sku}: {e.Message}"));
            }
        }
        return outcomes;
    }
}
