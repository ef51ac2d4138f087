using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>The settings every Magento1 connection has: where the API is and its token.</summary>
public static class Magento1SettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(Magento1Settings.BaseUrlKey, "API URL", SettingType.Url, "The root URL of the Magento1 API, e.g. https://api.magento1.example/."),
        new(Magento1Settings.ApiTokenKey, "API token", SettingType.Secret, "An API token created in Magento1's admin under Settings > API, with read and write access."),
    ];
}
