namespace Stockbridge.Connectors.Syspro.Settings;

/// <summary>The keys of a SYSPRO connection's settings (see the manifest for what each means).</summary>
public static class SysproSettingKeys
{
    public const string Server = "server";
    public const string Database = "database";
    public const string DatabaseProvider = "database_provider";
    public const string DatabaseUser = "database_user";
    public const string DatabasePassword = "database_password";
    public const string Operator = "operator";
    public const string OperatorPassword = "operator_password";
    public const string CompanyId = "company_id";
    public const string CompanyPassword = "company_password";
    public const string EnetUrl = "enet_url";
    public const string SysproVersion = "syspro_version";
    public const string ActiveUserField = "active_user_field";
    public const string ActiveValue = "active_value";
    public const string Warehouses = "warehouses";
    public const string CustomerActiveRule = "customer_active_rule";
    public const string DefaultCustomer = "default_customer";
    public const string DefaultSalesperson = "default_salesperson";
    public const string DefaultWarehouse = "default_warehouse";
    public const string OrderType = "order_type";
    public const string InvoiceOrderType = "invoice_order_type";
    public const string ShippingLineMode = "shipping_line_mode";
    public const string ShippingProductClass = "shipping_product_class";
    public const string DiscountMode = "discount_mode";
    public const string DiscountProductClass = "discount_product_class";
    public const string CheckPoNumbers = "check_po_numbers";
    public const string EnetTimeoutSeconds = "enet_timeout_seconds";
    public const string EnetSoapUrl = "enet_soap_url";
    public const string EnetPostTransport = "enet_post_transport";
    public const string LicenceSeats = "licence_seats";
}
