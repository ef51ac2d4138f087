using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A product's stock as catalogInventoryStockItemList lists it.</summary>
[XmlType("catalogInventoryStockItemEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogInventoryStockItemEntity
{
    /// <summary>product_id.</summary>
    [XmlElement("product_id")]
    public string? ProductId { get; set; }
    /// <summary>sku.</summary>
    [XmlElement("sku")]
    public string? Sku { get; set; }
    /// <summary>qty.</summary>
    [XmlElement("qty")]
    public string? Qty { get; set; }
    /// <summary>is_in_stock.</summary>
    [XmlElement("is_in_stock")]
    public string? IsInStock { get; set; }
}
