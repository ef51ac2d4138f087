namespace Stockbridge.Web.Security;

/// <summary>The authentication schemes of the hub.</summary>
public static class AuthSchemes
{
    /// <summary>Bearer API tokens for <c>/api/v1</c>.</summary>
    public const string ApiToken = "StockbridgeApiToken";
    /// <summary>The console's session cookie.</summary>
    public const string Console = "StockbridgeConsole";
}
