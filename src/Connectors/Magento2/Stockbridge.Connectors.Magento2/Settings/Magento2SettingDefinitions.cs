using Stockbridge.Connectors.Manifest;
using K = Stockbridge.Connectors.Magento2.Settings.Magento2SettingKeys;

namespace Stockbridge.Connectors.Magento2.Settings;

/// <summary>The settings of a Magento 2 connection, in form order.</summary>
public static class Magento2SettingDefinitions
{
    /// <summary>The auth methods: an integration's OAuth 1.0a signature, its access token as Bearer, or an admin user's token.</summary>
    public static IReadOnlyList<string> AuthMethods { get; } = ["integration_oauth", "integration_bearer", "admin_token"];

    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(K.BaseUrl, "Store URL", SettingType.Url,
            "The store's base URL (Stores › Configuration › General › Web), e.g. https://shop.example/. The REST API is this URL + rest/{store code}/V1/."),
        new(K.StoreCode, "Store code for writes", SettingType.Text,
            "The store code products are written through. 'all' saves global values; a store-view code saves store-view-scoped values only.",
            Required: false, Default: "all"),
        new(K.StoreViewCode, "Storefront store code", SettingType.Text,
            "The store view whose prices and names the reconcile sweep compares (what shoppers see).", Required: false, Default: "default"),
        new(K.AuthMethod, "Authentication", SettingType.Choice,
            "integration_oauth: every call OAuth 1.0a-signed with the integration's four secrets (System › Extensions › Integrations). "
            + "integration_bearer: the access token alone as Bearer (only when 'Allow OAuth Access Tokens to be used as standalone Bearer tokens' is on). "
            + "admin_token: an admin user's 4-hour token, renewed when it expires (not with 2FA on).",
            Required: false, Default: "integration_oauth", Choices: AuthMethods),
        new(K.ConsumerKey, "Integration consumer key", SettingType.Secret, "The integration's consumer key (integration_oauth).", Required: false),
        new(K.ConsumerSecret, "Integration consumer secret", SettingType.Secret, "The integration's consumer secret (integration_oauth).", Required: false),
        new(K.AccessToken, "Integration access token", SettingType.Secret, "The integration's access token (integration_oauth, integration_bearer).", Required: false),
        new(K.AccessTokenSecret, "Integration access token secret", SettingType.Secret, "The integration's access token secret (integration_oauth).", Required: false),
        new(K.AdminUsername, "Admin user name", SettingType.Text, "An admin user with API access (admin_token).", Required: false),
        new(K.AdminPassword, "Admin password", SettingType.Secret, "That admin user's password (admin_token).", Required: false),
        new(K.WebsitePriceTiers, "Price tiers per store", SettingType.Text,
            "Base prices per store id from ERP price tiers, e.g. '0=A,2=B' (store 0: the global price). Empty: the projected price as the global price.",
            Required: false),
        new(K.StockApi, "Stock API", SettingType.Choice,
            "msi: source items per MSI source (inventory/source-items). legacy: the default stock item (products/{sku}/stockItems).",
            Required: false, Default: "msi", Choices: ["msi", "legacy"]),
        new(K.SourceMapping, "Warehouse to source mapping", SettingType.Text,
            "ERP warehouse code to MSI source code, e.g. 'JHB=jhb,CPT=cpt'; a stock push for a mapped location writes that source.", Required: false),
        new(K.DefaultSource, "Default MSI source", SettingType.Text,
            "The source that receives quantities with no mapped location.", Required: false, Default: "default"),
        new(K.AttributeSetId, "Attribute set id", SettingType.Integer, "The attribute set new products get (4: Default).", Required: false, Default: "4"),
        new(K.BulkThreshold, "Bulk API from", SettingType.Integer,
            "Product pushes with at least this many SKUs go through the asynchronous bulk API (async/bulk/V1); smaller ones are synchronous.",
            Required: false, Default: "200"),
        new(K.BulkWaitSeconds, "Bulk wait (seconds)", SettingType.Integer,
            "How long a push waits for the bulk's operations to run (the async.operations.all consumer) before it gives up and retries later.",
            Required: false, Default: "300"),
        new(K.OrderStatuses, "Order statuses to raise", SettingType.Text,
            "Magento order statuses raised in the ERP, separated by commas (Stockbridge's add_order_status).", Required: false, Default: "processing"),
        new(K.PollOverlapSeconds, "Order poll overlap (seconds)", SettingType.Integer,
            "Each order poll starts this long before the last one ended (updated_at is in whole seconds, server time); orders seen again are not yielded twice.",
            Required: false, Default: "120"),
    ];
}
