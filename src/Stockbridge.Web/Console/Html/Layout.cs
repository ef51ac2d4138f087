using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Console.Html;

/// <summary>The console's page frame: navigation, the signed-in user, and the page's content.</summary>
internal static class Layout
{
    private static readonly (string Href, string Label)[] Nav =
    [
        ("/console", "Dashboard"), ("/console/connections", "Connections"), ("/console/products", "Products"),
        ("/console/customers", "Customers"), ("/console/orders", "Orders"), ("/console/jobs", "Jobs"), ("/console/drift", "Drift"),
        ("/console/tradestore", "Trade store"),
    ];

    /// <summary>A full HTML page.</summary>
    public static IResult Page(HttpContext context, string title, string body, int status = StatusCodes.Status200OK)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true && user.FindFirst(StockbridgeClaims.ClientId) is not null;
        var nav = signedIn
            ? string.Concat(Nav.Select(n => $"<a href=\"{n.Href}\">{Html.E(n.Label)}</a>")) +
              (user.Role() == Storage.Access.AccessRoles.Admin ? "<a href=\"/console/users\">Users</a>" : "") +
              $"<span class=\"who\">{Html.E(user.FindFirstValue(ClaimTypes.Email))} · {Html.E(user.Role())} · client {Html.E(user.ClientId())}</span>" +
              Forms.PostButton(context, "/console/logout", "Sign out", "link")
            : "";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.E(title)} · Stockbridge</title><style>{Styles.Css}</style></head>
            <body><header><strong class="brand">Stockbridge</strong><nav>{nav}</nav></header>
            <main><h1>{Html.E(title)}</h1>{body}</main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
