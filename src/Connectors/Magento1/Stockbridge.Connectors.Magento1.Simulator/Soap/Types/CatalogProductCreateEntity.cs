using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>The product data of catalogProductCreate and catalogProductUpdate.</summary>
[XmlType("catalogProductCreateEntity", Namespace = MagentoNamespace.Urn)]
public sealed class CatalogProductCreateEntity
{
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
    /// <summary>meta_title.</summary>
    [XmlElement("meta_title")]
    public string? MetaTitle { get; set; }
    /// <summary>stock_data.</summary>
    [XmlElement("stock_data")]
    public CatalogInventoryStockItemUpdateEntity? StockData { get; set; }
    /// <summary>additional_attributes.</summary>
    [XmlElement("additional_attributes")]
    public CatalogProductAdditionalAttributesEntity? AdditionalAttributes { get; set; }
}
