namespace Stockbridge.Connectors.Acme;

/// <summary>A connection's settings, read once from its manifest keys.</summary>
/// <param name="BaseUrl">The API's root URL.</param>
/// <param name="ApiToken">The API token (a secret: never log it).</param>
public sealed record AcmeSettings(Uri BaseUrl, string ApiToken)
{
    /// <summary>The manifest key of the API's root URL.</summary>
    public const string BaseUrlKey = "base_url";

    /// <summary>The manifest key of the API token.</summary>
    public const string ApiTokenKey = "api_token";

    /// <summary>Reads the settings; a missing or malformed one is a permanent error naming its key.</summary>
    public static AcmeSettings From(ConnectionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.Required(BaseUrlKey);
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            throw new Errors.PermanentConnectorException($"The connection's setting '{BaseUrlKey}' is not an http(s) URL.");
        return new AcmeSettings(baseUrl, context.Required(ApiTokenKey));
    }
}
