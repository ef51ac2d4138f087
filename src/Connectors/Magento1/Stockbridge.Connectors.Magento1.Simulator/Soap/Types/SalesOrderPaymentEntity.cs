using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>An order's payment.</summary>
[XmlType("salesOrderPaymentEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderPaymentEntity
{
    /// <summary>method.</summary>
    [XmlElement("method")]
    public string? Method { get; set; }
    /// <summary>amount_ordered.</summary>
    [XmlElement("amount_ordered")]
    public string? AmountOrdered { get; set; }
    /// <summary>amount_paid.</summary>
    [XmlElement("amount_paid")]
    public string? AmountPaid { get; set; }
}
