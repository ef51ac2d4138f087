using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>Attributes beyond the fixed ones, as key/value pairs.</summary>
[XmlType("catalogProductAdditionalAttributesEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogProductAdditionalAttributesEntity
{
    /// <summary>single_data.</summary>
    [XmlArray("single_data"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public AssociativeEntity[]? SingleData { get; set; }
#pragma warning restore CA1819
}
