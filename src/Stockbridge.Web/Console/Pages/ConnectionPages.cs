using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Engine.Connectors;
using Stockbridge.Storage;
using Stockbridge.Web.Api.Connections;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>Connections: the list, the add form per connector, and each connection's page (edit, test, sync now).</summary>
internal static class ConnectionPages
{
    public static void Map(IEndpointRouteBuilder console)
    {
        console.MapGet("/connections", async (HttpContext context, ClaimsPrincipal user, IStore store, ConnectorRegistry registry) =>
        {
            var rows = new StringBuilder("<table><tr><th>Id</th><th>Name</th><th>Connector</th><th>Enabled</th><th>Secrets stored</th></tr>");
            foreach (var c in await store.Connections.ListAsync(user.ClientId(), context.RequestAborted))
                rows.Append(CultureInfo($"<tr><td><a href=\"/console/connections/{Seg(c.Id)}\">{E(c.Id)}</a></td><td>{E(c.Name)}</td><td>{E(c.ConnectorKey)}</td><td>{Badge(c.Enabled ? "true" : "false")}</td><td>{c.Secrets.Count}</td></tr>"));
            rows.Append("</table>");
            if (user.CanOperate())
            {
                rows.Append("<h2>Add a connection</h2><ul>");
                foreach (var m in registry.Manifests)
                    rows.Append($"<li><a href=\"/console/connections/new/{Seg(m.Key)}\">{E(m.DisplayName)}</a> ({E(m.Kind.ToString())}): {E(m.Description)}</li>");
                rows.Append("</ul>");
            }
            return Layout.Page(context, "Connections", rows.ToString());
        });

        console.MapGet("/connections/new/{connector}", (string connector, HttpContext context, ConnectorRegistry registry) =>
            registry.Find(connector) is { } factory
                ? Layout.Page(context, $"New {factory.Manifest.DisplayName} connection",
                    ConnectionForm.Render(context, factory.Manifest, $"/console/connections/new/{Uri.EscapeDataString(connector)}", null, new Dictionary<string, string?>(), new Dictionary<string, string[]>()))
                : NotFound(context, "connector", connector)).RequireAuthorization(AuthPolicies.ConsoleOperate);

        console.MapPost("/connections/new/{connector}", async (string connector, HttpContext context, ClaimsPrincipal user, ConnectorRegistry registry, ConnectionSaver saver) =>
        {
            if (registry.Find(connector) is not { } factory) return NotFound(context, "connector", connector);
            var values = await ReadAsync(context);
            var input = new ConnectionInput(values.GetValueOrDefault("id"), connector, values.GetValueOrDefault("name"), true, SettingsOf(values));
            var (saved, errors) = await saver.SaveAsync(user.ClientId(), input, null, context.RequestAborted);
            if (saved is not null) return Results.LocalRedirect($"/console/connections/{Uri.EscapeDataString(saved.Id)}?saved=1");
            return Layout.Page(context, $"New {factory.Manifest.DisplayName} connection",
                ConnectionForm.Render(context, factory.Manifest, $"/console/connections/new/{Uri.EscapeDataString(connector)}", null, values, errors), StatusCodes.Status400BadRequest);
        }).RequireAuthorization(AuthPolicies.ConsoleOperate);

        ConnectionDetailPage.Map(console);
    }

    internal static async Task<Dictionary<string, string?>> ReadAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return form.Where(f => f.Key != "__af").ToDictionary(f => f.Key, f => (string?)f.Value.ToString(), StringComparer.Ordinal);
    }

    internal static Dictionary<string, string?> SettingsOf(Dictionary<string, string?> values) =>
        values.Where(v => v.Key.StartsWith(ConnectionForm.SettingPrefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key[ConnectionForm.SettingPrefix.Length..], v => v.Value, StringComparer.Ordinal);

    internal static IResult NotFound(HttpContext context, string what, string id) =>
        Layout.Page(context, "Not found", $"<p>No {E(what)} '{E(id)}' exists for your client.</p>", StatusCodes.Status404NotFound);

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);
}
