using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Magento1;

/// <summary>A connection's settings, bound from its manifest keys (a missing or malformed one is a permanent error naming its key).</summary>
public sealed record Magento1Settings
{
    /// <summary>The manifest key of the API's root URL.</summary>
    public const string BaseUrlKey = "base_url";

    /// <summary>The manifest key of the API token.</summary>
    public const string ApiTokenKey = "api_token";

    /// <summary>The API's root URL.</summary>
    [Setting(BaseUrlKey)]
    public required Uri BaseUrl { get; init; }

    /// <summary>The API token (a secret: never log it).</summary>
    [Setting(ApiTokenKey)]
    public required string ApiToken { get; init; }

    /// <summary>Binds the connection's settings.</summary>
    public static Magento1Settings From(ConnectionContext context) => ConnectorSettingsBinder.Bind<Magento1Settings>(context, Magento1Manifest.Manifest);
}
