using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.ISync;

/// <summary>The settings every ISync connection has: where the API is and its token.</summary>
public static class ISyncSettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(ISyncSettings.BaseUrlKey, "API URL", SettingType.Url, "The root URL of the ISync API, e.g. https://api.isync.example/."),
        new(ISyncSettings.ApiTokenKey, "API token", SettingType.Secret, "An API token created in ISync's admin under Settings > API, with read and write access."),
    ];
}
