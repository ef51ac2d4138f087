using System.Xml.Serialization;

namespace Stockbridge.Connectors.Magento1.ServiceReference;

/// <summary>An order in full as salesOrderInfo returns it.</summary>
[XmlType("salesOrderEntity", Namespace = MagentoNamespace.Urn)]
public sealed class SalesOrderEntity
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
    /// <summary>shipping_tax_amount.</summary>
    [XmlElement("shipping_tax_amount")]
    public string? ShippingTaxAmount { get; set; }
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
    /// <summary>shipping_method.</summary>
    [XmlElement("shipping_method")]
    public string? ShippingMethod { get; set; }
    /// <summary>shipping_description.</summary>
    [XmlElement("shipping_description")]
    public string? ShippingDescription { get; set; }
    /// <summary>customer_email.</summary>
    [XmlElement("customer_email")]
    public string? CustomerEmail { get; set; }
    /// <summary>customer_firstname.</summary>
    [XmlElement("customer_firstname")]
    public string? CustomerFirstname { get; set; }
    /// <summary>customer_lastname.</summary>
    [XmlElement("customer_lastname")]
    public string? CustomerLastname { get; set; }
    /// <summary>discount_description.</summary>
    [XmlElement("discount_description")]
    public string? DiscountDescription { get; set; }
    /// <summary>coupon_code.</summary>
    [XmlElement("coupon_code")]
    public string? CouponCode { get; set; }
    /// <summary>status.</summary>
    [XmlElement("status")]
    public string? Status { get; set; }
    /// <summary>state.</summary>
    [XmlElement("state")]
    public string? State { get; set; }
    /// <summary>order_id.</summary>
    [XmlElement("order_id")]
    public string? OrderId { get; set; }
    /// <summary>shipping_address.</summary>
    [XmlElement("shipping_address")]
    public SalesOrderAddressEntity? ShippingAddress { get; set; }
    /// <summary>billing_address.</summary>
    [XmlElement("billing_address")]
    public SalesOrderAddressEntity? BillingAddress { get; set; }
    /// <summary>items.</summary>
    [XmlArray("items"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public SalesOrderItemEntity[]? Items { get; set; }
#pragma warning restore CA1819
    /// <summary>payment.</summary>
    [XmlElement("payment")]
    public SalesOrderPaymentEntity? Payment { get; set; }
    /// <summary>status_history.</summary>
    [XmlArray("status_history"), XmlArrayItem("item")]
#pragma warning disable CA1819 // the wire shape is an array (XmlSerializer)
    public SalesOrderStatusHistoryEntity[]? StatusHistory { get; set; }
#pragma warning restore CA1819
}
