using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento2;

/// <summary>The settings every Magento2 connection has: where the API is and its token.</summary>
public static class Magento2SettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(Magento2Settings.BaseUrlKey, "API URL", SettingType.Url, "The root URL of the Magento2 API, e.g. https://api.magento2.example/."),
        new(Magento2Settings.ApiTokenKey, "API token", SettingType.Secret, "An API token created in Magento2's admin under Settings > API, with read and write access."),
    ];
}
