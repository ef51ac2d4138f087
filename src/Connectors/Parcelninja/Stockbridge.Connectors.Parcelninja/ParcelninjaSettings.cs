using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Parcelninja;

/// <summary>A connection's settings, bound from its manifest keys (a missing or malformed one is a permanent error naming its key).</summary>
public sealed record ParcelninjaSettings
{
    /// <summary>The manifest key of the Store API's base URL.</summary>
    public const string BaseUrlKey = "base_url";

    /// <summary>The manifest key of the API username.</summary>
    public const string UsernameKey = "username";

    /// <summary>The manifest key of the API password.</summary>
    public const string PasswordKey = "password";

    /// <summary>The manifest key of how far back polling looks for outbounds by their creation date.</summary>
    public const string PollWindowDaysKey = "poll_window_days";

    /// <summary>The Store API's base URL (Parcelninja's: https://storeapi.parcelninja.com/api/v1/).</summary>
    [Setting(BaseUrlKey)]
    public required Uri BaseUrl { get; init; }

    /// <summary>The API username (from the Parcelninja dashboard's API keys, not the dashboard login).</summary>
    [Setting(UsernameKey)]
    public required string Username { get; init; }

    /// <summary>The API password (a secret: never log it).</summary>
    [Setting(PasswordKey)]
    public required string Password { get; init; }

    /// <summary>Polling lists outbounds created this many days back (the API's list filters by creation date).</summary>
    [Setting(PollWindowDaysKey)]
    public int PollWindowDays { get; init; } = 30;

    /// <summary>Binds the connection's settings.</summary>
    public static ParcelninjaSettings From(ConnectionContext context) => ConnectorSettingsBinder.Bind<ParcelninjaSettings>(context, ParcelninjaManifest.Manifest);
}
