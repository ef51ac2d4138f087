using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>A product as catalogProductInfo returns it.</summary>
[XmlType("catalogProductReturnEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogProductReturnEntity
{
    /// <summary>product_id.</summary>
    [XmlElement("product_id")]
    public string? ProductId { get; set; }
    /// <summary>sku.</summary>
    [XmlElement("sku")]
    public string? Sku { get; set; }
    /// <summary>set.</summary>
    [XmlElement("set")]
    public string? Set { get; set; }
    /// <summary>type.</summary>
    [XmlElement("type")]
    public string? Type { get; set; }
    /// <summary>categories.</summary>
    [XmlArray("categories"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public string[]? Categories { get; set; }
#pragma warning restore CA1819
    /// <summary>websites.</summary>
    [XmlArray("websites"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public string[]? Websites { get; set; }
#pragma warning restore CA1819
    /// <summary>created_at.</summary>
    [XmlElement("created_at")]
    public string? CreatedAt { get; set; }
    /// <summary>updated_at.</summary>
    [XmlElement("updated_at")]
    public string? UpdatedAt { get; set; }
    /// <summary>type_id.</summary>
    [XmlElement("type_id")]
    public string? TypeId { get; set; }
    /// <summary>name.</summary>
    [XmlElement("name")]
    public string? Name { get; set; }
    /// <summary>description.</summary>
    [XmlElement("description")]
    public string? Description { get; set; }
    /// <summary>short_description.</summary>
    [XmlElement("short_description")]
    public string? ShortDescription { get; set; }
    /// <summary>weight.</summary>
    [XmlElement("weight")]
    public string? Weight { get; set; }
    /// <summary>status.</summary>
    [XmlElement("status")]
    public string? Status { get; set; }
    /// <summary>url_key.</summary>
    [XmlElement("url_key")]
    public string? UrlKey { get; set; }
    /// <summary>visibility.</summary>
    [XmlElement("visibility")]
    public string? Visibility { get; set; }
    /// <summary>price.</summary>
    [XmlElement("price")]
    public string? Price { get; set; }
    /// <summary>special_price.</summary>
    [XmlElement("special_price")]
    public string? SpecialPrice { get; set; }
    /// <summary>tax_class_id.</summary>
    [XmlElement("tax_class_id")]
    public string? TaxClassId { get; set; }
    /// <summary>additional_attributes.</summary>
    [XmlArray("additional_attributes"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public AssociativeEntity[]? AdditionalAttributes { get; set; }
#pragma warning restore CA1819
}
