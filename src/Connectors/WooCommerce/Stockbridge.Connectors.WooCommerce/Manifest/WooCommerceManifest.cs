using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.WooCommerce.Manifest;

/// <summary>The WooCommerce connector's manifest: what the setup form, the console and the getting-started page show.</summary>
public static partial class WooCommerceManifest
{
    public const string Key = "woocommerce";

    public static ConnectorManifest Create() => new()
    {
        Key = Key,
        DisplayName = "WooCommerce",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders | ConnectorCapabilities.Fulfillments
            | ConnectorCapabilities.Webhooks | ConnectorCapabilities.BulkWrites,
        Description = "WooCommerce is the online store built on WordPress. Stockbridge pushes your ERP's products, variations, prices and "
            + "stock to WooCommerce through its REST API (v3) batch endpoints (a product's variations up to 100 per request), receives orders by signed webhooks (with a "
            + "polling reconciler on modified_after that catches any delivery WooCommerce drops), writes the ERP's sales order number "
            + "back onto each order as a note and a meta field, and completes orders with their tracking number once shipped. "
            + "WooCommerce stays a sales channel: your ERP remains the source of truth.",
        Settings = Settings(),
        Prerequisites =
        [
            "WooCommerce 3.5 or later on WordPress 4.4 or later, with pretty permalinks on (Settings → Permalinks: anything but Plain), "
                + "so that /wp-json/wc/v3/ answers.",
            "A REST API key with Read/Write permission (WooCommerce → Settings → Advanced → REST API), bound to a user who may manage "
                + "products and orders: its consumer key (ck_…) and consumer secret (cs_…).",
            "Webhooks for order.created and order.updated (WooCommerce → Settings → Advanced → Webhooks, API version WP REST API v3) "
                + "delivering to https://<your hub>/webhooks/<connection id>, each with the secret entered here.",
            "SKUs in WooCommerce must match your ERP's stock codes: products and variations are linked by SKU.",
            "Over plain http requests are signed with OAuth 1.0a: the store URL must be exactly the one WordPress reports (www or not).",
        ],
        FieldTables = FieldTables(),
        NotSupported =
        [
            "Customers are not written to WooCommerce; they arrive with each order (from its billing details).",
            "Product images, categories, weights and descriptions beyond the title and body are not pushed yet.",
            "A product cannot change between simple and variable once pushed: WooCommerce needs it deleted and created again.",
            "Products marked deleted in the ERP are made private in WooCommerce, not deleted.",
            "Stock goes to WooCommerce as one quantity per product or variation (WooCommerce has no locations).",
            "Refunds and cancellations are not applied to the ERP automatically.",
            "Drift snapshots read one SKU per call (WooCommerce has no lookup of many SKUs at once).",
        ],
    };
}
