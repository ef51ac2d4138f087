using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Api.Records;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.Web.Console.Pages;

/// <summary>Products and customers: keyset-paged lists, and each record with its data and history across systems.</summary>
internal static class RecordPages
{
    public static void Map(IEndpointRouteBuilder console)
    {
        MapEntity(console, "products", RecordEntity.Product, "Products", "title");
        MapEntity(console, "customers", RecordEntity.Customer, "Customers", "email");
    }

    private static void MapEntity(IEndpointRouteBuilder console, string path, string entity, string title, string labelField)
    {
        console.MapGet($"/{path}", async (string? after, HttpContext context, ClaimsPrincipal user, IStore store) =>
        {
            var rows = await store.Records.ListAsync(user.ClientId(), entity, after, PageLimits.Default, context.RequestAborted);
            var html = new StringBuilder("<table><tr><th>Key</th><th>Label</th><th>Version</th><th>Origin</th><th>Updated</th></tr>");
            foreach (var r in rows)
                html.Append($"<tr><td><a href=\"/console/{path}/{Seg(r.Key)}\">{E(r.Key)}</a></td><td>{E(Field(r.Json, labelField))}</td><td>{E(r.Version)}</td><td>{E(r.Origin)}</td><td>{Time(r.UpdatedAt)}</td></tr>");
            html.Append("</table>").Append(Pager.Next($"/console/{path}", rows.Count, PageLimits.Default, rows.Count > 0 ? rows[^1].Key : null));
            return Layout.Page(context, title, html.ToString());
        });

        console.MapGet($"/{path}/{{key}}", async (string key, HttpContext context, ClaimsPrincipal user, IStore store) =>
        {
            if (await RecordHistory.LoadAsync(store, user.ClientId(), entity, key, context.RequestAborted) is not { } loaded)
                return ConnectionPages.NotFound(context, entity, key);
            var body = $"<p>Version {E(loaded.Record.Version)} · hash <code>{E(loaded.Record.Hash)}</code> · from {E(loaded.Record.Origin)} · updated {Time(loaded.Record.UpdatedAt)}</p>" +
                       HistoryTable.Render(loaded.Links, loaded.History) + $"<h2>Data</h2><pre>{E(Pretty(loaded.Record.Json))}</pre>";
            return Layout.Page(context, $"{title.TrimEnd('s')} {key}", body);
        });
    }

    internal static string Pretty(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, PrettyOptions);
    }

    private static readonly JsonSerializerOptions PrettyOptions = new() { WriteIndented = true };

    private static string? Field(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }
}
