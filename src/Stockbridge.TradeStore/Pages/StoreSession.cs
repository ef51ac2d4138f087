using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.TradeStore.Hosting;

namespace Stockbridge.TradeStore.Pages;

/// <summary>
/// A trade customer's session: its own cookie scheme (path <c>/store</c>, HttpOnly, SameSite=Strict, sliding, the console's
/// session lifetime), never the console's. A session counts only in the store (client and connection) that issued it.
/// </summary>
public static class StoreSession
{
    public const string Scheme = "TradeStore";
    public const string ClientClaim = "stockbridge:store_client";
    public const string StoreClaim = "stockbridge:store";
    public const string CustomerClaim = "stockbridge:customer";

    internal static Task SignInAsync(HttpContext context, StoreContext shop, TradeAccount account)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClientClaim, shop.ClientId), new Claim(StoreClaim, shop.StoreId), new Claim(CustomerClaim, account.CustomerCode),
                new Claim(ClaimTypes.NameIdentifier, $"{shop.StoreId}:{account.CustomerCode}"), new Claim(ClaimTypes.Email, account.Email),
                new Claim(ClaimTypes.Name, account.Email),
            ], Scheme, ClaimTypes.Name, null);
        return context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Reads the store cookie; the request's user becomes the trade customer of this store, or anonymous.</summary>
    internal static async Task<string?> AuthenticateAsync(HttpContext context, StoreContext shop)
    {
        var result = await context.AuthenticateAsync(Scheme);
        var principal = result.Succeeded ? result.Principal : null;
        var mine = principal is not null && principal.FindFirstValue(ClientClaim) == shop.ClientId && principal.FindFirstValue(StoreClaim) == shop.StoreId;
        context.User = mine ? principal! : new ClaimsPrincipal(new ClaimsIdentity());
        return mine ? principal!.FindFirstValue(CustomerClaim) : null;
    }

    /// <summary>The signed-in customer's code (after <see cref="AuthenticateAsync"/>), or null.</summary>
    public static string? CustomerCode(HttpContext context) => context.User.FindFirstValue(CustomerClaim);
}
