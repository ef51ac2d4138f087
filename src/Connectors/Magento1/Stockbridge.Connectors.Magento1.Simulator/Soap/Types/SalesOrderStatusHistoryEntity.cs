using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A comment in an order's status history.</summary>
[XmlType("salesOrderStatusHistoryEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderStatusHistoryEntity
{
    /// <summary>created_at.</summary>
    [XmlElement("created_at")]
    public string? CreatedAt { get; set; }
    /// <summary>is_customer_notified.</summary>
    [XmlElement("is_customer_notified")]
    public string? IsCustomerNotified { get; set; }
    /// <summary>comment.</summary>
    [XmlElement("comment")]
    public string? Comment { get; set; }
    /// <summary>status.</summary>
    [XmlElement("status")]
    public string? Status { get; set; }
}
