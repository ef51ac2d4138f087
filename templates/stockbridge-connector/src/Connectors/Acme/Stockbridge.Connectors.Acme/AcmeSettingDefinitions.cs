using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Acme;

/// <summary>The settings every Acme connection has: where the API is and its token.</summary>
public static class AcmeSettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(AcmeSettings.BaseUrlKey, "API URL", SettingType.Url, "The root URL of the Acme API, e.g. https://api.acme.example/."),
        new(AcmeSettings.ApiTokenKey, "API token", SettingType.Secret, "An API token created in Acme's admin under Settings > API, with read and write access."),
    ];
}
