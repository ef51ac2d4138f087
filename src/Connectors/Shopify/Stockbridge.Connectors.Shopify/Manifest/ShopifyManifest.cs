using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Shopify.Manifest;

/// <summary>The Shopify connector's manifest: what the setup form, the console and the getting-started page show.</summary>
public static partial class ShopifyManifest
{
    public const string Key = "shopify";

    public static ConnectorManifest Create() => new()
    {
        Key = Key,
        DisplayName = "Shopify",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders | ConnectorCapabilities.Fulfillments
            | ConnectorCapabilities.Webhooks | ConnectorCapabilities.BulkWrites,
        Description = "Shopify is a hosted online store. Stockbridge pushes your ERP's products, variants, prices and stock per "
            + "warehouse to Shopify through the Admin GraphQL API, receives orders by signed webhooks (with a polling "
            + "reconciler that catches any webhook Shopify fails to deliver), writes the ERP's sales order number back onto "
            + "each order, and pushes fulfilments with tracking. Shopify stays a sales channel: your ERP remains the source of truth.",
        Settings = Settings(),
        Prerequisites =
        [
            "A Shopify store on any plan, and a custom app installed on it with an Admin API access token (shpat_…). "
                + "Scopes: read_products, write_products, read_inventory, write_inventory, read_locations, read_orders, write_orders, "
                + "read_merchant_managed_fulfillment_orders, write_merchant_managed_fulfillment_orders, read_customers.",
            "The app's client secret (API secret key), used to verify webhook signatures.",
            "Webhook subscriptions for orders/create, orders/updated, orders/cancelled and refunds/create pointing at https://<your hub>/webhooks/<connection id> "
                + "(Stockbridge must be reachable from the internet for webhooks; the polling reconciler works without).",
            "The Shopify location id for each ERP warehouse whose stock should be sold (Settings → Locations in the Shopify admin).",
            "SKUs in Shopify must match your ERP's stock codes: products are linked by SKU.",
        ],
        FieldTables = FieldTables(),
        NotSupported =
        [
            "Customers are not written to Shopify; Shopify creates them at checkout and they arrive with each order.",
            "Product images, collections and variant weights are not pushed yet.",
            "Refunds and cancellations are received as webhook events but not applied to the ERP automatically.",
            "Products with more than 250 variants: ids beyond the first 250 are not recorded on the link.",
            "Client-credentials (24 h) tokens: use a static Admin API token (shpat_…) for now.",
        ],
    };
}
