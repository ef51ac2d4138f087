using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.WooCommerce.Settings;

namespace Stockbridge.Connectors.WooCommerce.Manifest;

/// <summary>The connection settings, in form order.</summary>
public static partial class WooCommerceManifest
{
    private static IReadOnlyList<SettingDefinition> Settings() =>
    [
        new(WooCommerceSettingKeys.StoreUrl, "Store URL", SettingType.Url,
            "Your shop's root address as WordPress reports it (Settings → General → Site Address), e.g. https://shop.example/. "
            + "The REST API is reached at this address + wp-json/wc/v3/."),
        new(WooCommerceSettingKeys.ConsumerKey, "Consumer key", SettingType.Secret,
            "The ck_… key of the REST API key created under WooCommerce → Settings → Advanced → REST API (Read/Write)."),
        new(WooCommerceSettingKeys.ConsumerSecret, "Consumer secret", SettingType.Secret,
            "The cs_… secret shown once when the REST API key is created."),
        new(WooCommerceSettingKeys.WebhookSecret, "Webhook secret", SettingType.Secret,
            "The secret set on each WooCommerce webhook; WooCommerce signs every delivery with it (X-WC-Webhook-Signature). "
            + "Unsigned or wrongly signed deliveries are rejected."),
        new(WooCommerceSettingKeys.PriceTier, "Price tier for the selling price", SettingType.Text,
            "The ERP price tier (e.g. A, Retail) whose price the shopper pays. Empty: the variant's retail price.", Required: false),
        new(WooCommerceSettingKeys.CompareAtPriceTier, "Price tier for the regular price", SettingType.Text,
            "A tier shown struck through as the regular price while the selling price is lower (WooCommerce's sale price). "
            + "Empty: no sale price is set.", Required: false),
        new(WooCommerceSettingKeys.OrderStatuses, "Order statuses to raise", SettingType.Text,
            "Which WooCommerce order statuses are raised in the ERP, separated by commas (e.g. processing,completed,on-hold). "
            + "Orders in other statuses (pending payment, failed, cancelled) are not raised.",
            Required: false, Default: WooCommerceConstants.DefaultOrderStatuses),
    ];
}
