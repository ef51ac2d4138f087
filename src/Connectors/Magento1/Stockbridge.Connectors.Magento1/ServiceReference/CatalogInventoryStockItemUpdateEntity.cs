using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>Stock data for a product (Magento's catalogInventoryStockItemUpdateEntity).</summary>
[XmlType("catalogInventoryStockItemUpdateEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogInventoryStockItemUpdateEntity
{
    /// <summary>qty.</summary>
    [XmlElement("qty")]
    public string? Qty { get; set; }
    /// <summary>is_in_stock.</summary>
    [XmlElement("is_in_stock")]
    public string? IsInStock { get; set; }
    /// <summary>manage_stock.</summary>
    [XmlElement("manage_stock")]
    public string? ManageStock { get; set; }
    /// <summary>use_config_manage_stock.</summary>
    [XmlElement("use_config_manage_stock")]
    public string? UseConfigManageStock { get; set; }
}
