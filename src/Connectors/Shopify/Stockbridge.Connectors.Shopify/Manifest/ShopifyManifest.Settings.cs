using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Shopify.Settings;

namespace Stockbridge.Connectors.Shopify.Manifest;

/// <summary>The connection settings, in form order.</summary>
public static partial class ShopifyManifest
{
    private static IReadOnlyList<SettingDefinition> Settings() =>
    [
        new(ShopifySettingKeys.ShopDomain, "Shop domain", SettingType.Text,
            "Your store's myshopify.com domain, e.g. my-store.myshopify.com (Settings → Domains in the Shopify admin)."),
        new(ShopifySettingKeys.AdminApiBaseUrl, "Admin API base URL", SettingType.Url,
            "Leave empty to use https://{shop domain}/admin/api. Set it only to point at a simulator or proxy.",
            Required: false),
        new(ShopifySettingKeys.ApiVersion, "Admin API version", SettingType.Text,
            "The pinned quarterly API version (YYYY-MM). Versions are supported for about a year; from 2026-01 stock writes "
            + "use compare-and-swap with changeFromQuantity and idempotency keys (mandatory from 2026-04).", Required: false, Default: ShopifyConstants.DefaultApiVersion),
        new(ShopifySettingKeys.AccessToken, "Admin API access token", SettingType.Secret,
            "The shpat_… token of the custom app installed on your store (shown once when the app is installed)."),
        new(ShopifySettingKeys.WebhookSecret, "Webhook signing secret", SettingType.Secret,
            "The app's client secret; Shopify signs every webhook with it (X-Shopify-Hmac-Sha256). Unsigned or wrongly signed deliveries are rejected."),
        new(ShopifySettingKeys.LocationMap, "Location mapping", SettingType.Text,
            "Which ERP warehouse stocks which Shopify location: WAREHOUSE=location pairs separated by commas, e.g. "
            + "JHB=gid://shopify/Location/123, CPT=456. Empty: the variant's total quantity goes to the shop's first active location.",
            Required: false),
        new(ShopifySettingKeys.PriceTier, "Price tier for the selling price", SettingType.Text,
            "The ERP price tier (e.g. A, Retail) whose price becomes the Shopify price. Empty: the variant's retail price.", Required: false),
        new(ShopifySettingKeys.CompareAtPriceTier, "Price tier for the compare-at price", SettingType.Text,
            "The tier shown struck through as the 'was' price. Not sent when zero or not above the selling price. Empty: none.", Required: false),
        new(ShopifySettingKeys.InactiveRule, "Inactive products", SettingType.Choice,
            "What happens in Shopify when the ERP marks a product inactive: draft (hidden, kept) or archived.",
            Required: false, Default: "draft", Choices: ["draft", "archived"]),
        new(ShopifySettingKeys.OrderWriteBack, "Order number write-back", SettingType.Choice,
            "How the ERP's sales order number is written onto the Shopify order once raised: a tag SO:<number>, a note line, "
            + "a metafield stockbridge.source_order_code, or several.",
            Required: false, Default: "tag,note", Choices: ["tag,note", "tag", "note", "metafield", "tag,note,metafield"]),
    ];
}
