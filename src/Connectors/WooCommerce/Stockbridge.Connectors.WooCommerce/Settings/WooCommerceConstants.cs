namespace Stockbridge.Connectors.WooCommerce.Settings;

/// <summary>Limits and names fixed by the WooCommerce REST API and the agreement with the hub.</summary>
public static class WooCommerceConstants
{
    /// <summary>The REST base under the store's root. <value>wp-json/wc/v3/</value></summary>
    public const string RestPath = "wp-json/wc/v3/";
    /// <summary>Most items in one batch call (create, update and delete combined) and most records per page. <value>100</value></summary>
    public const int PageSize = 100;
    /// <summary>The order meta key carrying the ERP's sales order number. <value>stockbridge_source_order_code</value></summary>
    public const string SourceOrderCodeMeta = "stockbridge_source_order_code";
    /// <summary>The order meta key carrying the fulfilment's tracking number. <value>stockbridge_tracking_number</value></summary>
    public const string TrackingNumberMeta = "stockbridge_tracking_number";
    /// <summary>The order statuses raised in the ERP when the connection does not say. <value>processing,completed</value></summary>
    public const string DefaultOrderStatuses = "processing,completed";
}
