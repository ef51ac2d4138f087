using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Takealot;

/// <summary>The settings every Takealot connection has.</summary>
public static class TakealotSettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(TakealotSettings.BaseUrlKey, "Seller API URL", SettingType.Url, "The Seller API's root URL.", Default: "https://seller-api.takealot.com/"),
        new(TakealotSettings.ApiKeyKey, "API key", SettingType.Secret,
            "The key from Seller Portal > API Integrations (shown once; regenerating it stops the old one working)."),
        new(TakealotSettings.MerchantWarehouseKey, "Merchant warehouse id", SettingType.Integer,
            "The id of your own warehouse whose leadtime stock Stockbridge keeps equal to the projection (listed in the Seller Portal under API Integrations)."),
        new(TakealotSettings.WebhookSecretKey, "Webhook secret", SettingType.Secret,
            "The secret of the webhook created in the Seller Portal for New Leadtime Order, Sale Status Changed and Batch Completed, delivering to https://<your hub>/webhooks/<connection id>. Without it orders are found by polling only.",
            Required: false),
        new(TakealotSettings.LeadtimeDaysKey, "Leadtime days", SettingType.Integer,
            "Leadtime days written on every offer (0 forces leadtime stock to 0 on Takealot); empty: left as set in the Seller Portal.", Required: false),
        new(TakealotSettings.MarketplaceUrlKey, "Marketplace API URL", SettingType.Url,
            "The Marketplace API's root URL, used to confirm the shipment of leadtime orders; empty: the Seller API URL.", Required: false),
    ];
}
