namespace Stockbridge.Web.Security;

/// <summary>Authorization policy names.</summary>
public static class AuthPolicies
{
    /// <summary>A valid API token.</summary>
    public const string Api = "stockbridge.api";
    /// <summary>Any signed-in console user (viewer and up).</summary>
    public const string ConsoleRead = "stockbridge.console.read";
    /// <summary>An operator or admin in the console.</summary>
    public const string ConsoleOperate = "stockbridge.console.operate";
    /// <summary>An admin in the console (users and API tokens).</summary>
    public const string ConsoleAdmin = "stockbridge.console.admin";
}
