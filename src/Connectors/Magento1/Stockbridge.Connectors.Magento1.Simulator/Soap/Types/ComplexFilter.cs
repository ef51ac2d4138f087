using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A filter on one field with an operator (Magento's complexFilter: key, value{key: operator, value}).</summary>
[XmlType("complexFilter", Namespace = MagentoNamespace.Urn)]
public sealed class ComplexFilter
{
    /// <summary>key.</summary>
    [XmlElement("key")]
    public string? Key { get; set; }
    /// <summary>value.</summary>
    [XmlElement("value")]
    public AssociativeEntity? Value { get; set; }
}
