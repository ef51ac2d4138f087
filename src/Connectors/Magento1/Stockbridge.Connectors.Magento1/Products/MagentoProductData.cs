using System.Globalization;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Magento1.ServiceReference;
using Stockbridge.Connectors.Magento1.Soap;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Magento1.Products;

/// <summary>
/// A hub product as Magento's <c>catalogProductCreateEntity</c>: one simple product per SKU; a product with several
/// variants is also a configurable (SKU = the source product code) listing its simples in the <c>associated_skus</c>
/// additional attribute, the simples then "Not Visible Individually". Status: active is Enabled (1); hidden, archived and
/// deleted are Disabled (2): Magento has one disabled state and the connector never deletes.
/// </summary>
public static class MagentoProductData
{
    /// <summary>Magento's status Enabled.</summary>
    public const string Enabled = "1";

    /// <summary>Magento's status Disabled.</summary>
    public const string Disabled = "2";

    /// <summary>The additional attribute a configurable lists its simples' SKUs in (comma-separated).</summary>
    public const string AssociatedSkus = "associated_skus";

    /// <summary>True when the product is pushed as a configurable with simples.</summary>
    public static bool IsConfigurable(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return product.Variants.Length > 1;
    }

    /// <summary>The simple product for one variant.</summary>
    public static CatalogProductCreateEntity Simple(Product product, Variant variant, ChannelProductStatus status, int websiteId)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(variant);
        var configurable = IsConfigurable(product);
        var options = string.Join(" / ", new[] { variant.Option1, variant.Option2, variant.Option3 }.Where(o => !string.IsNullOrWhiteSpace(o)));
        return new CatalogProductCreateEntity
        {
            Name = configurable && options.Length > 0 ? $"{product.Title} - {options}" : product.Title,
            Description = product.BodyHtml ?? product.Title,
            ShortDescription = product.Title,
            Price = MagentoValues.Number(variant.Price ?? 0m),
            Status = status == ChannelProductStatus.Active && variant.Active ? Enabled : Disabled,
            Visibility = configurable ? "1" : "4",
            Weight = MagentoValues.Number((variant.Grams ?? 0) / 1000m),
            Websites = [websiteId.ToString(CultureInfo.InvariantCulture)],
            StockData = Stock(variant.Qty ?? 0m, variant.InventoryManagement),
        };
    }

    /// <summary>The configurable over the simples (priced at the cheapest, as the storefront shows "from").</summary>
    public static CatalogProductCreateEntity Configurable(Product product, ChannelProductStatus status, int websiteId)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new CatalogProductCreateEntity
        {
            Name = product.Title,
            Description = product.BodyHtml ?? product.Title,
            ShortDescription = product.Title,
            Price = MagentoValues.Number(product.Variants.Min(v => v.Price ?? 0m)),
            Status = status == ChannelProductStatus.Active ? Enabled : Disabled,
            Visibility = "4",
            Websites = [websiteId.ToString(CultureInfo.InvariantCulture)],
            StockData = new CatalogInventoryStockItemUpdateEntity { IsInStock = "1", ManageStock = "0", UseConfigManageStock = "0" },
            AdditionalAttributes = new CatalogProductAdditionalAttributesEntity
            {
                SingleData = [new AssociativeEntity { Key = AssociatedSkus, Value = string.Join(',', product.Variants.Select(v => v.Sku)) }],
            },
        };
    }

    /// <summary>A stock item: the quantity, in stock while above 0, stock managed unless the variant is not tracked.</summary>
    public static CatalogInventoryStockItemUpdateEntity Stock(decimal quantity, bool managed = true) => new()
    {
        Qty = MagentoValues.Number(quantity),
        IsInStock = !managed || quantity > 0 ? "1" : "0",
        ManageStock = managed ? "1" : "0",
        UseConfigManageStock = "0",
    };
}
