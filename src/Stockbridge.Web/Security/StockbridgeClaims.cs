namespace Stockbridge.Web.Security;

/// <summary>Claim types the hub puts on a signed-in user or token.</summary>
public static class StockbridgeClaims
{
    /// <summary>The client (tenant) the caller acts for.</summary>
    public const string ClientId = "stockbridge:client_id";
    /// <summary>The user's role (admin, operator, viewer); API tokens carry <c>operator</c>.</summary>
    public const string Role = "stockbridge:role";
    /// <summary>The user or token id.</summary>
    public const string Subject = "stockbridge:sub";
}
