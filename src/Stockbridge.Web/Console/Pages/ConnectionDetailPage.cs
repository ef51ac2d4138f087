using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Connectors;
using Stockbridge.Engine.Connectors;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Web.Api.Connections;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>One connection: its settings form (secrets never shown), "test connection" with each check, and "sync now".</summary>
internal static class ConnectionDetailPage
{
    public static void Map(IEndpointRouteBuilder console)
    {
        console.MapGet("/connections/{id}", async (string id, string? saved, HttpContext context, ClaimsPrincipal user, IStore store, ConnectorRegistry registry, SyncNow sync) =>
            await store.Connections.GetAsync(user.ClientId(), id, context.RequestAborted) is { } connection
                ? Render(context, connection, registry, sync, saved is null ? null : "<p class=\"notice\">Saved.</p>", new Dictionary<string, string?>(), new Dictionary<string, string[]>())
                : ConnectionPages.NotFound(context, "connection", id));

        console.MapPost("/connections/{id}", async (string id, HttpContext context, ClaimsPrincipal user, IStore store, ConnectorRegistry registry, ConnectionSaver saver, SyncNow sync) =>
        {
            var existing = await store.Connections.GetAsync(user.ClientId(), id, context.RequestAborted);
            if (existing is null) return ConnectionPages.NotFound(context, "connection", id);
            var values = await ConnectionPages.ReadAsync(context);
            var input = new ConnectionInput(null, null, values.GetValueOrDefault("name"), null, ConnectionPages.SettingsOf(values));
            var (updated, errors) = await saver.SaveAsync(user.ClientId(), input, existing, context.RequestAborted);
            return updated is not null
                ? Results.LocalRedirect($"/console/connections/{Uri.EscapeDataString(id)}?saved=1")
                : Render(context, existing, registry, sync, null, values, errors, StatusCodes.Status400BadRequest);
        }).RequireAuthorization(AuthPolicies.ConsoleOperate);

        console.MapPost("/connections/{id}/test", async (string id, HttpContext context, ClaimsPrincipal user, IStore store, ConnectorRegistry registry, ConnectionTester tester, SyncNow sync) =>
        {
            var connection = await store.Connections.GetAsync(user.ClientId(), id, context.RequestAborted);
            if (connection is null) return ConnectionPages.NotFound(context, "connection", id);
            var result = await tester.TestAsync(connection, context.RequestAborted);
            return Render(context, connection, registry, sync, Checks(result), new Dictionary<string, string?>(), new Dictionary<string, string[]>());
        }).RequireAuthorization(AuthPolicies.ConsoleOperate);

        console.MapPost("/connections/{id}/sync", async (string id, HttpContext context, ClaimsPrincipal user, IStore store, SyncNow sync) =>
        {
            var connection = await store.Connections.GetAsync(user.ClientId(), id, context.RequestAborted);
            if (connection is null || !sync.CanPull(connection)) return ConnectionPages.NotFound(context, "source connection", id);
            var jobId = await sync.EnqueueAsync(connection, context.RequestAborted);
            return Results.LocalRedirect(FormattableString.Invariant($"/console/jobs/{jobId}"));
        }).RequireAuthorization(AuthPolicies.ConsoleOperate);
    }

    private static string Checks(ConnectionTestResult result)
    {
        var html = new StringBuilder($"<div class=\"notice test-result\"><strong>Test {(result.Ok ? "passed" : "failed")}</strong><table><tr><th>Check</th><th>Result</th><th>Detail</th></tr>");
        foreach (var check in result.Checks)
            html.Append($"<tr class=\"check\"><td>{E(check.Name)}</td><td>{Badge(check.Ok ? "true" : "false")}</td><td>{E(check.Detail)}</td></tr>");
        return html.Append("</table></div>").ToString();
    }

    private static IResult Render(HttpContext context, ConnectionRecord connection, ConnectorRegistry registry, SyncNow sync, string? notice,
        IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status200OK)
    {
        var path = $"/console/connections/{Uri.EscapeDataString(connection.Id)}";
        var body = new StringBuilder(notice ?? "");
        body.Append($"<p>Connector <b>{E(connection.ConnectorKey)}</b> · webhook URL <code>/webhooks/{E(connection.Id)}</code> · <a href=\"/console/jobs?connection={Seg(connection.Id)}\">jobs</a></p>");
        var canOperate = context.User.CanOperate();
        if (canOperate)
        {
            body.Append(Forms.PostButton(context, path + "/test", "Test connection")).Append(' ');
            if (sync.CanPull(connection)) body.Append(Forms.PostButton(context, path + "/sync", "Sync now"));
        }
        var factory = registry.Find(connection.ConnectorKey);
        body.Append("<h2>Settings</h2>");
        if (factory is null) body.Append("<p class=\"error\">This connector is not installed in this hub.</p>");
        else if (canOperate) body.Append(ConnectionForm.Render(context, factory.Manifest, path, connection, values, errors));
        else
        {
            body.Append("<table>");
            foreach (var s in factory.Manifest.Settings)
                body.Append($"<tr><th>{E(s.Label)}</th><td>{(s.IsSecret ? (connection.Secrets.ContainsKey(s.Key) ? "(stored)" : "(not set)") : E(connection.Settings.GetValueOrDefault(s.Key)))}</td></tr>");
            body.Append("</table>");
        }
        return Layout.Page(context, $"Connection {connection.Name}", body.ToString(), status);
    }
}
