using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>Sign in (the console's <see cref="LoginGuard"/> lock-out), sign out, "forgot password" and setting a password from an invitation or reset link.</summary>
internal static class StoreLoginPages
{
    public const int MinPasswordLength = 10;

    public static void Map(IEndpointRouteBuilder store)
    {
        store.MapGet("/login", (HttpContext context) => Login(context, null));
        store.MapPost("/login", async (HttpContext context, TradeAccounts accounts, LoginGuard guard) =>
        {
            var shop = StoreFilter.Shop(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var email = form["email"].ToString().Trim();
            var key = $"store:{shop.StoreId}:{email}";
            if (guard.IsLocked(key))
                return Login(context, "Too many failed sign-ins for this email. Try again later.", StatusCodes.Status429TooManyRequests);
            var account = await accounts.VerifyAsync(shop.ClientId, shop.StoreId, email, form["password"].ToString(), context.RequestAborted);
            if (account is null)
            {
                return guard.RecordFailure(key, context.Connection.RemoteIpAddress?.ToString())
                    ? Login(context, "Too many failed sign-ins from your address. Wait a minute and try again.", StatusCodes.Status429TooManyRequests)
                    : Login(context, "The email or password is not right.", StatusCodes.Status401Unauthorized);
            }
            guard.RecordSuccess(key);
            await StoreSession.SignInAsync(context, shop, account);
            return Results.LocalRedirect(shop.Root);
        });
        store.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(StoreSession.Scheme);
            return Results.LocalRedirect(StoreFilter.Shop(context).Root + "login");
        });
        store.MapGet("/forgot", (HttpContext context) => Forgot(context, null));
        store.MapPost("/forgot", async (HttpContext context, TradeAccounts accounts) =>
        {
            var shop = StoreFilter.Shop(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await accounts.RequestResetAsync(shop.ClientId, shop.StoreId, form["email"].ToString().Trim(), StoreUrl(context), context.RequestAborted);
            return Forgot(context, "If that e-mail has an account, a link to set a new password is on its way.");
        });
        store.MapGet("/password", (HttpContext context, string? code, string? token) => SetPassword(context, code, token, null));
        store.MapPost("/password", async (HttpContext context, TradeAccounts accounts) =>
        {
            var shop = StoreFilter.Shop(context);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (code, token, password) = (form["code"].ToString(), form["token"].ToString(), form["password"].ToString());
            if (password.Length < MinPasswordLength || password.Length > 200)
                return SetPassword(context, code, token, $"Choose a password of {MinPasswordLength} to 200 characters.", StatusCodes.Status400BadRequest);
            if (password != form["confirm"].ToString()) return SetPassword(context, code, token, "The two passwords differ.", StatusCodes.Status400BadRequest);
            if (!await accounts.SetPasswordAsync(shop.ClientId, shop.StoreId, code, token, password, context.RequestAborted))
                return SetPassword(context, code, token, "This link has expired or was already used. Ask for a new one on the sign-in page.", StatusCodes.Status400BadRequest);
            return Results.LocalRedirect(shop.Root + "login?set=1");
        });
    }

    /// <summary>The store's absolute URL for links in e-mails.</summary>
    public static Uri StoreUrl(HttpContext context) =>
        new($"{context.Request.Scheme}://{context.Request.Host}{StoreFilter.Shop(context).Root}");

    private static IResult Login(HttpContext context, string? error, int status = StatusCodes.Status200OK)
    {
        var root = StoreFilter.Shop(context).Root;
        var message = error is not null ? $"<p class=\"error\" role=\"alert\">{E(error)}</p>"
            : context.Request.Query.ContainsKey("set") ? "<p class=\"notice\">Your password is set. Sign in.</p>" : "";
        var body = $"""
            {message}<form method="post" action="{E(root)}login">{Forms.Antiforgery(context)}
            <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
            <p><button type="submit" class="button">Sign in</button> <a href="{E(root)}forgot">Forgot your password?</a></p></form>
            """;
        return StoreLayout.Page(context, "Trade customer sign in", body, status);
    }

    private static IResult Forgot(HttpContext context, string? notice)
    {
        var root = StoreFilter.Shop(context).Root;
        var body = (notice is null ? "" : $"<p class=\"notice\" role=\"status\">{E(notice)}</p>") + $"""
            <form method="post" action="{E(root)}forgot">{Forms.Antiforgery(context)}
            <label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required>
            <p><button type="submit" class="button">Send me a link</button></p></form>
            """;
        return StoreLayout.Page(context, "Forgot your password", body);
    }

    private static IResult SetPassword(HttpContext context, string? code, string? token, string? error, int status = StatusCodes.Status200OK)
    {
        var root = StoreFilter.Shop(context).Root;
        var body = (error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>") + $"""
            <form method="post" action="{E(root)}password">{Forms.Antiforgery(context)}
            <input type="hidden" name="code" value="{E(code)}"><input type="hidden" name="token" value="{E(token)}">
            <label for="password">New password</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="{MinPasswordLength}" required>
            <label for="confirm">Again</label><input id="confirm" name="confirm" type="password" autocomplete="new-password" required>
            <p><button type="submit" class="button">Set password</button></p></form>
            """;
        return StoreLayout.Page(context, "Set your password", body, status);
    }
}
