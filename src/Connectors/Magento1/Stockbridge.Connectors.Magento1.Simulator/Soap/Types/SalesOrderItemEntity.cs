using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>An order line.</summary>
[XmlType("salesOrderItemEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderItemEntity
{
    /// <summary>item_id.</summary>
    [XmlElement("item_id")]
    public string? ItemId { get; set; }
    /// <summary>order_id.</summary>
    [XmlElement("order_id")]
    public string? OrderId { get; set; }
    /// <summary>parent_item_id.</summary>
    [XmlElement("parent_item_id")]
    public string? ParentItemId { get; set; }
    /// <summary>product_id.</summary>
    [XmlElement("product_id")]
    public string? ProductId { get; set; }
    /// <summary>product_type.</summary>
    [XmlElement("product_type")]
    public string? ProductType { get; set; }
    /// <summary>sku.</summary>
    [XmlElement("sku")]
    public string? Sku { get; set; }
    /// <summary>name.</summary>
    [XmlElement("name")]
    public string? Name { get; set; }
    /// <summary>qty_ordered.</summary>
    [XmlElement("qty_ordered")]
    public string? QtyOrdered { get; set; }
    /// <summary>qty_shipped.</summary>
    [XmlElement("qty_shipped")]
    public string? QtyShipped { get; set; }
    /// <summary>price.</summary>
    [XmlElement("price")]
    public string? Price { get; set; }
    /// <summary>original_price.</summary>
    [XmlElement("original_price")]
    public string? OriginalPrice { get; set; }
    /// <summary>tax_percent.</summary>
    [XmlElement("tax_percent")]
    public string? TaxPercent { get; set; }
    /// <summary>tax_amount.</summary>
    [XmlElement("tax_amount")]
    public string? TaxAmount { get; set; }
    /// <summary>discount_amount.</summary>
    [XmlElement("discount_amount")]
    public string? DiscountAmount { get; set; }
    /// <summary>row_total.</summary>
    [XmlElement("row_total")]
    public string? RowTotal { get; set; }
    /// <summary>price_incl_tax.</summary>
    [XmlElement("price_incl_tax")]
    public string? PriceInclTax { get; set; }
    /// <summary>row_total_incl_tax.</summary>
    [XmlElement("row_total_incl_tax")]
    public string? RowTotalInclTax { get; set; }
}
