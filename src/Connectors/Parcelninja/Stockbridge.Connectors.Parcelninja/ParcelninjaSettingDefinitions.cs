using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>The settings every Parcelninja connection has: where the API is and its token.</summary>
public static class ParcelninjaSettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(ParcelninjaSettings.BaseUrlKey, "API URL", SettingType.Url, "The root URL of the Parcelninja API, e.g. https://api.parcelninja.example/."),
        new(ParcelninjaSettings.ApiTokenKey, "API token", SettingType.Secret, "An API token created in Parcelninja's admin under Settings > API, with read and write access."),
    ];
}
