using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Web.Console.Html;
using static Stockbridge.Web.Console.Html.Html;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Console.Pages;

/// <summary>Sign in (guarded per e-mail and per address: <see cref="LoginGuard"/>), sign out, and the "not allowed" page.</summary>
internal static class LoginPages
{
    public static void Map(IEndpointRouteBuilder console)
    {
        console.MapGet("/login", (HttpContext context, string? returnUrl) => Render(context, returnUrl, null));
        console.MapPost("/login", async (HttpContext context, IStore store, LoginGuard guard) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var email = form["email"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            // The same answers, and the same work, whether the e-mail exists or not.
            if (guard.IsLocked(email))
                return Render(context, returnUrl, "Too many failed sign-ins for this email. Try again later.", StatusCodes.Status429TooManyRequests);
            var user = email.Length is > 0 and < 320 ? await store.Access.FindUserByEmailAsync(email, context.RequestAborted) : null;
            if (!PasswordHashing.VerifyOrDummy(user?.PasswordHash, form["password"].ToString()) || user is null)
            {
                return guard.RecordFailure(email, context.Connection.RemoteIpAddress?.ToString())
                    ? Render(context, returnUrl, "Too many failed sign-ins from your address. Wait a minute and try again.", StatusCodes.Status429TooManyRequests)
                    : Render(context, returnUrl, "The email or password is not right.", StatusCodes.Status401Unauthorized);
            }
            guard.RecordSuccess(email);

            var identity = new ClaimsIdentity(
                [
                    new Claim(StockbridgeClaims.ClientId, user.ClientId), new Claim(StockbridgeClaims.Role, user.Role),
                    new Claim(StockbridgeClaims.Subject, user.Id), new Claim(ClaimTypes.Email, user.Email), new Claim(ClaimTypes.Name, user.Email),
                ], AuthSchemes.Console, ClaimTypes.Name, StockbridgeClaims.Role);
            await context.SignInAsync(AuthSchemes.Console, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/console");
        });
        console.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(AuthSchemes.Console);
            return Results.LocalRedirect("/console/login");
        });
        console.MapGet("/denied", (HttpContext context) => Layout.Page(context, "Not allowed",
            "<p>Your role may only read. Ask an operator or admin to do this.</p>", StatusCodes.Status403Forbidden));
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult Render(HttpContext context, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var message = error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>";
        var body = $"""
            {message}<form method="post" action="/console/login">{Forms.Antiforgery(context)}
            <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
            <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button type="submit" class="button">Sign in</button></p></form>
            """;
        return Layout.Page(context, "Sign in", body, status);
    }
}
