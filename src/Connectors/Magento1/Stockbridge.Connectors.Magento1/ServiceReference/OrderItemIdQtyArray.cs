using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>Magento's <c>orderItemIdQtyArray</c>: the order items and quantities a shipment takes.</summary>
[XmlType("orderItemIdQtyArray", Namespace = MagentoNamespace.Urn)]
public sealed class OrderItemIdQtyArray
{
    /// <summary>The items.</summary>
    [XmlElement("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public OrderItemIdQty[]? Item { get; set; }
#pragma warning restore CA1819
}
