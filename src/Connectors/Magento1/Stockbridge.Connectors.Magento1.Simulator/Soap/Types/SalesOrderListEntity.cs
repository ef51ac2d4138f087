using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap.Types;

/// <summary>An order as salesOrderList lists it.</summary>
[XmlType("salesOrderListEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderListEntity
{
    /// <summary>increment_id.</summary>
    [XmlElement("increment_id")]
    public string? IncrementId { get; set; }
    /// <summary>store_id.</summary>
    [XmlElement("store_id")]
    public string? StoreId { get; set; }
    /// <summary>created_at.</summary>
    [XmlElement("created_at")]
    public string? CreatedAt { get; set; }
    /// <summary>updated_at.</summary>
    [XmlElement("updated_at")]
    public string? UpdatedAt { get; set; }
    /// <summary>customer_id.</summary>
    [XmlElement("customer_id")]
    public string? CustomerId { get; set; }
    /// <summary>tax_amount.</summary>
    [XmlElement("tax_amount")]
    public string? TaxAmount { get; set; }
    /// <summary>shipping_amount.</summary>
    [XmlElement("shipping_amount")]
    public string? ShippingAmount { get; set; }
    /// <summary>discount_amount.</summary>
    [XmlElement("discount_amount")]
    public string? DiscountAmount { get; set; }
    /// <summary>subtotal.</summary>
    [XmlElement("subtotal")]
    public string? Subtotal { get; set; }
    /// <summary>grand_total.</summary>
    [XmlElement("grand_total")]
    public string? GrandTotal { get; set; }
    /// <summary>total_paid.</summary>
    [XmlElement("total_paid")]
    public string? TotalPaid { get; set; }
    /// <summary>order_currency_code.</summary>
    [XmlElement("order_currency_code")]
    public string? OrderCurrencyCode { get; set; }
    /// <summary>customer_email.</summary>
    [XmlElement("customer_email")]
    public string? CustomerEmail { get; set; }
    /// <summary>customer_firstname.</summary>
    [XmlElement("customer_firstname")]
    public string? CustomerFirstname { get; set; }
    /// <summary>customer_lastname.</summary>
    [XmlElement("customer_lastname")]
    public string? CustomerLastname { get; set; }
    /// <summary>status.</summary>
    [XmlElement("status")]
    public string? Status { get; set; }
    /// <summary>state.</summary>
    [XmlElement("state")]
    public string? State { get; set; }
    /// <summary>order_id.</summary>
    [XmlElement("order_id")]
    public string? OrderId { get; set; }
    /// <summary>billing_firstname.</summary>
    [XmlElement("billing_firstname")]
    public string? BillingFirstname { get; set; }
    /// <summary>billing_lastname.</summary>
    [XmlElement("billing_lastname")]
    public string? BillingLastname { get; set; }
    /// <summary>shipping_firstname.</summary>
    [XmlElement("shipping_firstname")]
    public string? ShippingFirstname { get; set; }
    /// <summary>shipping_lastname.</summary>
    [XmlElement("shipping_lastname")]
    public string? ShippingLastname { get; set; }
}
