using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>The settings every Parcelninja connection has: where the Store API is and its API credentials.</summary>
public static class ParcelninjaSettingDefinitions
{
    /// <summary>Parcelninja's production Store API.</summary>
    public const string ProductionUrl = "https://storeapi.parcelninja.com/api/v1/";

    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(ParcelninjaSettings.BaseUrlKey, "Store API URL", SettingType.Url,
            "The Store API v1 base URL: https://storeapi.parcelninja.com/api/v1/ (QA accounts: https://qa-storeapi.parcelninja.com/api/v1/).",
            Required: false, Default: ProductionUrl),
        new(ParcelninjaSettings.UsernameKey, "API username", SettingType.Text,
            "The API username generated in the Parcelninja dashboard under User management > API Keys (not your dashboard login)."),
        new(ParcelninjaSettings.PasswordKey, "API password", SettingType.Secret,
            "The API password generated with that API username in the Parcelninja dashboard (User management > API Keys)."),
        new(ParcelninjaSettings.PollWindowDaysKey, "Polling window (days)", SettingType.Integer,
            "How many days back the poll for outbound events looks at outbounds by their creation date; webhooks cover the rest.",
            Required: false, Default: "30"),
    ];
}
