using System.Security.Claims;
using Stockbridge.Storage.Access;

namespace Stockbridge.Web.Security;

/// <summary>Reads the hub's claims; every tenant query takes its client id from here and nowhere else.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller's client id; throws when the principal has none (a wiring bug, never a user error).</summary>
    public static string ClientId(this ClaimsPrincipal user) =>
        user?.FindFirstValue(StockbridgeClaims.ClientId) ?? throw new InvalidOperationException("The caller has no client.");

    /// <summary>The caller's role, viewer when absent.</summary>
    public static string Role(this ClaimsPrincipal user) => user?.FindFirstValue(StockbridgeClaims.Role) ?? AccessRoles.Viewer;

    /// <summary>Whether the caller may change things.</summary>
    public static bool CanOperate(this ClaimsPrincipal user) => AccessRoles.CanOperate(user.Role());
}
