using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A key and a value (Magento's associativeEntity).</summary>
[XmlType("associativeEntity", Namespace = MagentoNamespace.Urn)]
public sealed class AssociativeEntity
{
    /// <summary>key.</summary>
    [XmlElement("key")]
    public string? Key { get; set; }
    /// <summary>value.</summary>
    [XmlElement("value")]
    public string? Value { get; set; }
}
