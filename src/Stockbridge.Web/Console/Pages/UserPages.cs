using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Storage.Access;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>Users and roles, and API tokens (admins only): add a user, create a token (shown once), revoke a token.</summary>
internal static class UserPages
{
    public static void Map(IEndpointRouteBuilder console)
    {
        var admin = console.MapGroup("/users").RequireAuthorization(AuthPolicies.ConsoleAdmin);
        admin.MapGet("/", (HttpContext context, ClaimsPrincipal user, IStore store) => RenderAsync(context, user, store, null, StatusCodes.Status200OK));
        admin.MapPost("/", async (HttpContext context, ClaimsPrincipal user, IStore store, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            try
            {
                var added = await AccessProvisioning.AddUserAsync(store, user.ClientId(), form["email"].ToString(), form["password"].ToString(), form["role"].ToString(), time, context.RequestAborted);
                return await RenderAsync(context, user, store, $"<p class=\"notice\">{E(added.Email)} can now sign in as {E(added.Role)}.</p>", StatusCodes.Status200OK);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return await RenderAsync(context, user, store, $"<p class=\"error\">{E(e.Message)}</p>", StatusCodes.Status400BadRequest);
            }
        });
        admin.MapPost("/tokens", async (HttpContext context, ClaimsPrincipal user, IStore store, TimeProvider time) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var (token, secret) = await AccessProvisioning.CreateTokenAsync(store, user.ClientId(), form["name"].ToString(), time, context.RequestAborted);
            return await RenderAsync(context, user, store,
                $"<p class=\"notice\">Token {E(token.Name)} created. Copy it now; it is not shown again:<br><code class=\"new-token\">{E(secret)}</code></p>", StatusCodes.Status200OK);
        });
        admin.MapPost("/tokens/{id}/revoke", async (string id, HttpContext context, ClaimsPrincipal user, IStore store, TimeProvider time) =>
        {
            var revoked = await store.Access.RevokeTokenAsync(user.ClientId(), id, time.GetUtcNow(), context.RequestAborted);
            return await RenderAsync(context, user, store, revoked ? "<p class=\"notice\">Token revoked.</p>" : "<p class=\"error\">No such active token.</p>",
                revoked ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        });
    }

    private static async Task<IResult> RenderAsync(HttpContext context, ClaimsPrincipal user, IStore store, string? notice, int status)
    {
        var ct = context.RequestAborted;
        var html = new StringBuilder(notice ?? "").Append("<table class=\"users\"><tr><th>Email</th><th>Role</th><th>Since</th></tr>");
        foreach (var u in await store.Access.ListUsersAsync(user.ClientId(), ct))
            html.Append($"<tr><td>{E(u.Email)}</td><td>{E(u.Role)}</td><td>{Time(u.CreatedAt)}</td></tr>");
        html.Append($"""
            </table><h2>Add a user</h2><form method="post" action="/console/users">{Forms.Antiforgery(context)}
            <label for="email">Email</label><input id="email" name="email" type="email" required>
            <label for="password">Password (at least 8 characters)</label><input id="password" name="password" type="password" autocomplete="new-password" required>
            <label for="role">Role</label><select id="role" name="role">{string.Concat(AccessRoles.All.Select(r => $"<option>{E(r)}</option>"))}</select>
            <p><button type="submit" class="button">Add user</button></p></form>
            <h2>API tokens</h2><table class="tokens"><tr><th>Name</th><th>Created</th><th>Revoked</th><th></th></tr>
            """);
        foreach (var t in await store.Access.ListTokensAsync(user.ClientId(), ct))
            html.Append($"<tr><td>{E(t.Name)}</td><td>{Time(t.CreatedAt)}</td><td>{Time(t.RevokedAt)}</td><td>{(t.Active ? Forms.PostButton(context, $"/console/users/tokens/{Uri.EscapeDataString(t.Id)}/revoke", "Revoke") : "")}</td></tr>");
        html.Append($"""
            </table><form method="post" action="/console/users/tokens">{Forms.Antiforgery(context)}
            <label for="name">New token for</label><input id="name" name="name" required><p><button type="submit" class="button">Create token</button></p></form>
            """);
        return Layout.Page(context, "Users and API tokens", html.ToString(), status);
    }
}
