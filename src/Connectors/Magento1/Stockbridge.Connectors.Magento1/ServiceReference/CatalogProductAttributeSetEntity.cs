using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>An attribute set.</summary>
[XmlType("catalogProductAttributeSetEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogProductAttributeSetEntity
{
    /// <summary>set_id.</summary>
    [XmlElement("set_id")]
    public int SetId { get; set; }
    /// <summary>name.</summary>
    [XmlElement("name")]
    public string? Name { get; set; }
}
