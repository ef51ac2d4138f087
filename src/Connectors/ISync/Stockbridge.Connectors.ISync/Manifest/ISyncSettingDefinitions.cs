using Stockbridge.Connectors.Manifest;
using K = Stockbridge.Connectors.ISync.Settings.ISyncSettingKeys;

namespace Stockbridge.Connectors.ISync.Manifest;

/// <summary>The settings of an iSync connection, in form order.</summary>
public static class ISyncSettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(K.BaseUrl, "iSync API URL", SettingType.Url,
            "The root URL of your iSync company's API (assumed contract: the calls are under api/v1/ of it)."),
        new(K.Username, "iSync Username/Email", SettingType.Text, "The iSync user Stockbridge logs in as: the username or e-mail you sign in to iSync with."),
        new(K.Password, "iSync Password", SettingType.Secret, "That user's iSync password."),
        new(K.CustomerCode, "Web Sales Customer Account", SettingType.Text,
            "The iSync debtor account channel orders are raised against (customers are not synced from iSync)."),
        new(K.Warehouse, "Price and Stock Warehouse", SettingType.Text,
            "The iSync warehouse whose selling prices and available units are read.", Required: false, Default: "Master"),
        new(K.ShippingServiceCode, "Shipping Service Item", SettingType.Text,
            "The pre-defined iSync service item (ProductStockID) shipping is posted as, one line per order.", Required: false, Default: "SHIPPING"),
        new(K.AdjustmentServiceCode, "Rounding Service Item", SettingType.Text,
            "The pre-defined iSync service item that carries the cents a unit price cannot (large quantities at a discount).",
            Required: false, Default: "ADJUSTMENT"),
        new(K.PageSize, "Products Per Page", SettingType.Integer, "Rows read per call, 1 to 500.", Required: false, Default: "100"),
    ];
}
