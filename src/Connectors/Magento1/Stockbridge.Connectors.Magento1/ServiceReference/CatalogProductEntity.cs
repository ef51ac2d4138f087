using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>A product as catalogProductList lists it.</summary>
[XmlType("catalogProductEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogProductEntity
{
    /// <summary>product_id.</summary>
    [XmlElement("product_id")]
    public string? ProductId { get; set; }
    /// <summary>sku.</summary>
    [XmlElement("sku")]
    public string? Sku { get; set; }
    /// <summary>name.</summary>
    [XmlElement("name")]
    public string? Name { get; set; }
    /// <summary>set.</summary>
    [XmlElement("set")]
    public string? Set { get; set; }
    /// <summary>type.</summary>
    [XmlElement("type")]
    public string? Type { get; set; }
    /// <summary>category_ids.</summary>
    [XmlArray("category_ids"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public string[]? CategoryIds { get; set; }
#pragma warning restore CA1819
    /// <summary>website_ids.</summary>
    [XmlArray("website_ids"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public string[]? WebsiteIds { get; set; }
#pragma warning restore CA1819
}
