using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>Magento's filters: equality filters and complex filters, ANDed.</summary>
[XmlType("filters", Namespace = MagentoNamespace.Urn)]
public sealed class Filters
{
    /// <summary>filter.</summary>
    [XmlArray("filter"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public AssociativeEntity[]? Filter { get; set; }
#pragma warning restore CA1819
    /// <summary>complex_filter.</summary>
    [XmlArray("complex_filter"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public ComplexFilter[]? ComplexFilter { get; set; }
#pragma warning restore CA1819
}
