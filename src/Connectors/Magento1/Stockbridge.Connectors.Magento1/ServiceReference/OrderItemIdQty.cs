using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>How many of one order line a shipment carries.</summary>
[XmlType("orderItemIdQty", Namespace = MagentoNamespace.Urn)]
public sealed class OrderItemIdQty
{
    /// <summary>order_item_id.</summary>
    [XmlElement("order_item_id")]
    public int OrderItemId { get; set; }
    /// <summary>qty.</summary>
    [XmlElement("qty")]
    public double Qty { get; set; }
}
