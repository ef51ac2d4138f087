namespace Stockbridge.Connectors.ISync.Settings;

/// <summary>The manifest keys of an iSync connection's settings.</summary>
public static class ISyncSettingKeys
{
    /// <summary>The root URL of the iSync API.</summary>
    public const string BaseUrl = "base_url";
    /// <summary>The iSync username or e-mail.</summary>
    public const string Username = "username";
    /// <summary>The iSync password (a secret).</summary>
    public const string Password = "password";
    /// <summary>The warehouse whose prices and units are read.</summary>
    public const string Warehouse = "warehouse";
    /// <summary>The debtor account web orders are raised against.</summary>
    public const string CustomerCode = "customer_code";
    /// <summary>The pre-defined service item shipping is posted as.</summary>
    public const string ShippingServiceCode = "shipping_service_code";
    /// <summary>The pre-defined service item rounding cents are posted as.</summary>
    public const string AdjustmentServiceCode = "adjustment_service_code";
    /// <summary>Rows per product page.</summary>
    public const string PageSize = "page_size";
}
