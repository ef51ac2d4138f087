using System.Globalization;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>The settings every Magento 1 connection has: where the store is, the SOAP API user and key, and where new products go.</summary>
public static class Magento1SettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(Magento1Settings.StoreUrlKey, "Store URL", SettingType.Url, "The store's base URL, e.g. https://shop.example/ (the SOAP v2 API is api/v2_soap under it)."),
        new(Magento1Settings.ApiUserKey, "API user", SettingType.Text, "A SOAP/XML-RPC user (System > Web Services > SOAP/XML-RPC - Users) whose role allows catalog, inventory and sales."),
        new(Magento1Settings.ApiKeyKey, "API key", SettingType.Secret, "That user's API key."),
        new(Magento1Settings.AttributeSetKey, "Attribute set id", SettingType.Integer, "The attribute set new products are created in (Default is 4 on a fresh install).", Required: false, Default: "4"),
        new(Magento1Settings.WebsiteKey, "Website id", SettingType.Integer, "The website new products are assigned to.", Required: false, Default: "1"),
        new(Magento1Settings.OrderOverlapKey, "Order poll overlap (minutes)", SettingType.Integer,
            "How far each salesOrderList poll on updated_at reaches back before the last one, so an order committed late is not missed.", Required: false,
            Default: 5.ToString(CultureInfo.InvariantCulture)),
    ];
}
