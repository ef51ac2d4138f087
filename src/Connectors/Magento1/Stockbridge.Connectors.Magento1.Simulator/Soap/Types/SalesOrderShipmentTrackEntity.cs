using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A tracking number on a shipment.</summary>
[XmlType("salesOrderShipmentTrackEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderShipmentTrackEntity
{
    /// <summary>track_id.</summary>
    [XmlElement("track_id")]
    public string? TrackId { get; set; }
    /// <summary>carrier_code.</summary>
    [XmlElement("carrier_code")]
    public string? CarrierCode { get; set; }
    /// <summary>title.</summary>
    [XmlElement("title")]
    public string? Title { get; set; }
    /// <summary>number.</summary>
    [XmlElement("number")]
    public string? Number { get; set; }
}
