using System.Globalization;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento1.Products;
using Stockbridge.Connectors.Magento1.ServiceReference;
using Stockbridge.Connectors.Magento1.Soap;

namespace Stockbridge.Connectors.Magento1;

public sealed partial class Magento1Connector
{
    /// <summary>The link id under which a SKU's Magento product id is kept (<c>product:SKU</c>).</summary>
    public static string ProductIdKey(string sku) => "product:" + sku;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushOutcome>> PushProductsAsync(IReadOnlyList<ProductPush> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<PushOutcome>(batch.Count);
        foreach (var push in batch)
        {
            try
            {
                outcomes.Add(await PushProductAsync(push, cancellationToken));
            }
            catch (PermanentConnectorException e)
            {
                outcomes.Add(new PushOutcome(push.Product.SourceProductCode, push.Link, e.Message));
            }
        }
        return outcomes;
    }

    // Simples first (a configurable can only list simples that exist), then the configurable over them.
    private async Task<PushOutcome> PushProductAsync(ProductPush push, CancellationToken cancellationToken)
    {
        var product = push.Product;
        if (product.Variants.Length == 0) throw new PermanentConnectorException($"Product {product.SourceProductCode} has no variants to list on Magento.");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variant in product.Variants)
        {
            var data = MagentoProductData.Simple(product, variant, push.Status, settings.WebsiteId);
            ids[ProductIdKey(variant.Sku)] = await UpsertAsync("simple", variant.Sku, data, KnownId(push.Link, variant.Sku), cancellationToken);
        }
        var externalId = ids[ProductIdKey(product.Variants[0].Sku)];
        if (MagentoProductData.IsConfigurable(product))
        {
            var data = MagentoProductData.Configurable(product, push.Status, settings.WebsiteId);
            externalId = ids[ProductIdKey(product.SourceProductCode)] = await UpsertAsync("configurable", product.SourceProductCode, data, KnownId(push.Link, product.SourceProductCode), cancellationToken);
        }
        return new PushOutcome(product.SourceProductCode, new ChannelLink(externalId, ids));
    }

    // Updates the product by its known id (or by SKU when Magento has one), else creates it; its Magento id.
    private async Task<string> UpsertAsync(string type, string sku, CatalogProductCreateEntity data, string? knownId, CancellationToken cancellationToken)
    {
        var id = knownId ?? await FindProductIdAsync(sku, cancellationToken);
        if (id is not null)
        {
            try
            {
                await soap.CallAsync("catalogProductUpdate", writes: true, (c, s) => c.CatalogProductUpdateAsync(s, id, data, null, "id"), cancellationToken);
                return id;
            }
            catch (PermanentConnectorException e) when (e.Code == Text(MagentoFaultCodes.ProductNotExists) && knownId is not null)
            {
                // Deleted in Magento's admin since the last push: created again below.
            }
        }
        var created = await soap.CallAsync("catalogProductCreate", writes: true,
            (c, s) => c.CatalogProductCreateAsync(s, type, Text(settings.AttributeSetId), sku, data, null), cancellationToken);
        return Text(created);
    }

    // The id of the product with this SKU, or null when Magento has none.
    private async Task<string?> FindProductIdAsync(string sku, CancellationToken cancellationToken)
    {
        try
        {
            var info = await soap.CallAsync("catalogProductInfo", writes: false, (c, s) => c.CatalogProductInfoAsync(s, sku, null, "sku"), cancellationToken);
            return info.ProductId;
        }
        catch (PermanentConnectorException e) when (e.Code == Text(MagentoFaultCodes.ProductNotExists))
        {
            return null;
        }
    }

    private static string? KnownId(ChannelLink? link, string sku) => link?.Ids.GetValueOrDefault(ProductIdKey(sku));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
