using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>An order's billing or shipping address.</summary>
[XmlType("salesOrderAddressEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderAddressEntity
{
    /// <summary>address_type.</summary>
    [XmlElement("address_type")]
    public string? AddressType { get; set; }
    /// <summary>firstname.</summary>
    [XmlElement("firstname")]
    public string? Firstname { get; set; }
    /// <summary>lastname.</summary>
    [XmlElement("lastname")]
    public string? Lastname { get; set; }
    /// <summary>company.</summary>
    [XmlElement("company")]
    public string? Company { get; set; }
    /// <summary>street.</summary>
    [XmlElement("street")]
    public string? Street { get; set; }
    /// <summary>city.</summary>
    [XmlElement("city")]
    public string? City { get; set; }
    /// <summary>region.</summary>
    [XmlElement("region")]
    public string? Region { get; set; }
    /// <summary>postcode.</summary>
    [XmlElement("postcode")]
    public string? Postcode { get; set; }
    /// <summary>country_id.</summary>
    [XmlElement("country_id")]
    public string? CountryId { get; set; }
    /// <summary>telephone.</summary>
    [XmlElement("telephone")]
    public string? Telephone { get; set; }
    /// <summary>email.</summary>
    [XmlElement("email")]
    public string? Email { get; set; }
}
