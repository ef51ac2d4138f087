using Stockbridge.Connectors.Magento2.Settings;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento2;

/// <summary>What the hub, the setup form and the getting-started page know about the Magento 2 channel.</summary>
public static class Magento2Manifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "magento2";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Magento 2",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders | ConnectorCapabilities.Fulfillments | ConnectorCapabilities.BulkWrites,
        Description = "Magento 2 (Adobe Commerce, open source or PaaS) is a sales channel. Stockbridge pushes your ERP's products to Magento's "
            + "REST API as simple products, or as configurable products with one simple child per variant (options from the ERP's option "
            + "names), with base prices per store from your price tiers and stock per MSI source; large pushes go through the asynchronous "
            + "bulk API and each operation's result is read back. Magento core sends no webhooks, so orders are polled on updated_at with an "
            + "overlap; the ERP's sales order number is written back as an order comment, and shipments are created with their tracking number.",
        Settings = Magento2SettingDefinitions.All,
        Prerequisites =
        [
            "Magento 2.4 (open source or Adobe Commerce on-premises/PaaS); the REST API at <store URL>/rest/<store code>/V1/.",
            "An integration (System › Extensions › Integrations) activated with access to Catalog, Stores › Attributes, Sales › Operations, "
                + "Inventory and Bulk actions: its consumer key and secret and access token and secret. Or an admin user without 2FA for admin tokens.",
            "Select attributes (dropdown, global scope) for each option your configurable products vary on, named after the option in lower "
                + "case (Size → size, Colour → colour), in the attribute set the connection uses.",
            "For pushes at or above the bulk threshold: the async.operations.all consumer running (cron or supervisor); otherwise bulk operations stay open.",
            "SKUs in Magento must match your ERP's stock codes: products are linked by SKU.",
        ],
        FieldTables =
        [
            new("products", "Stockbridge → Magento 2",
            [
                new("variants.sku", "product.sku", "One simple product per SKU; a product with options also gets a configurable parent (SKU: the product code)."),
                new("title", "product.name", "The parent's and a standalone product's name; a child is named with its option values."),
                new("body_html", "custom_attributes.description", "The description."),
                new("options / variants.option1-3", "configurable_product_options, custom_attributes.<option>", "Option values become attribute option ids; children are linked to the parent."),
                new("variants.price", "product.price", "The projected price as the global price."),
                new("variants.price_tiers.<tier>", "products/base-prices (store_id)", "Per store from the connection's price tiers per store."),
                new("variants.qty", "inventory/source-items (quantity, status)", "Per MSI source (the warehouse mapping, else the default source), or the legacy stock item."),
                new("variants.grams", "product.weight", "In kilograms."),
                new("status", "product.status, product.visibility", "active: enabled, visible; hidden: enabled, not visible individually; archived or deleted: disabled."),
            ]),
            new("orders", "Magento 2 → Stockbridge",
            [
                new("increment_id", "channel_order_code", "The order number shoppers see."),
                new("entity_id", "channel_order_id", "The id the REST paths take."),
                new("customer_email, customer_firstname, customer_lastname", "customer", "The shopper."),
                new("billing_address, extension_attributes.shipping_assignments[0].shipping.address", "billing_address, shipping_address", "The addresses."),
                new("items[].sku (child)", "line_items[].sku", "A configurable's child line; its parent line carries the money."),
                new("items[].qty_ordered, price", "line_items[].qty, price", "Quantity and unit price ex tax."),
                new("items[].discount_amount", "line_items[].total_discount", "The coupon or rule discount on the line, ex tax."),
                new("items[].row_total − discount_amount", "line_items[].net_total", "What the line cost ex tax after discounts."),
                new("items[].tax_amount, tax_percent", "line_items[].tax_lines", "The line's tax."),
                new("shipping_amount, shipping_discount_amount", "shipping_lines[]", "Shipping ex tax, with its discount."),
                new("coupon_code", "discount_codes", "The coupon entered."),
            ]),
        ],
        NotSupported =
        [
            "Webhooks: Magento core has none, so orders are polled on updated_at (set the poll interval to taste).",
            "Customers are not written to Magento; they arrive with each order.",
            "Two-factor authentication for admin tokens (tfa/provider/google/authenticate): use an integration instead.",
            "Images, categories and special or tier prices are not pushed yet.",
            "Products deleted in the ERP are disabled in Magento, not deleted.",
            "Stock goes to one MSI source per push (the hub sends a total; a mapped location writes its own source).",
            "Refunds, credit memos and cancellations are not applied to the ERP automatically.",
            "Adobe Commerce as a Cloud Service (SaaS, /{tenant}/V1) paths.",
            "Bundle and grouped products are not pushed; a bundle in an order arrives as one line with the bundle's SKU (its parts are left out).",
            "A variant removed from a configurable product in the ERP stays linked to it in Magento until it is unlinked there.",
        ],
    };
}
