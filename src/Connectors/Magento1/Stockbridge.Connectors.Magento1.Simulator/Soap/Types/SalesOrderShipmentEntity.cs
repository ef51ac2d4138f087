using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A shipment as salesOrderShipmentInfo returns it.</summary>
[XmlType("salesOrderShipmentEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderShipmentEntity
{
    /// <summary>increment_id.</summary>
    [XmlElement("increment_id")]
    public string? IncrementId { get; set; }
    /// <summary>order_increment_id.</summary>
    [XmlElement("order_increment_id")]
    public string? OrderIncrementId { get; set; }
    /// <summary>created_at.</summary>
    [XmlElement("created_at")]
    public string? CreatedAt { get; set; }
    /// <summary>total_qty.</summary>
    [XmlElement("total_qty")]
    public string? TotalQty { get; set; }
    /// <summary>shipment_id.</summary>
    [XmlElement("shipment_id")]
    public string? ShipmentId { get; set; }
    /// <summary>tracks.</summary>
    [XmlArray("tracks"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public SalesOrderShipmentTrackEntity[]? Tracks { get; set; }
#pragma warning restore CA1819
}
