using System.Security.Claims;
using System.Text;
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

/// <summary>Orders: the list with order-to-cash state and ERP order number, and each order with its history across systems.</summary>
internal static class OrderPages
{
    public static void Map(IEndpointRouteBuilder console)
    {
        console.MapGet("/orders", async (string? after, HttpContext context, ClaimsPrincipal user, IStore store) =>
        {
            var rows = await store.Records.ListAsync(user.ClientId(), RecordEntity.Order, after, PageLimits.Default, context.RequestAborted);
            var html = new StringBuilder("<table><tr><th>Order</th><th>Channel</th><th>State</th><th>ERP order</th><th>Customer</th><th>Total</th><th>Updated</th></tr>");
            foreach (var o in rows.Select(OrderFacts.From))
                html.Append($"<tr><td><a href=\"/console/orders/{Seg(o.Key)}\">{E(o.ChannelOrderCode)}</a></td><td>{E(o.Channel)}</td><td>{Badge(o.State)}</td><td>{E(o.SourceOrderCode)}</td><td>{E(o.Customer)}</td><td>{E(o.Total)}</td><td>{Time(o.UpdatedAt)}</td></tr>");
            html.Append("</table>").Append(Pager.Next("/console/orders", rows.Count, PageLimits.Default, rows.Count > 0 ? rows[^1].Key : null));
            return Layout.Page(context, "Orders", html.ToString());
        });

        console.MapGet("/orders/{key}", async (string key, HttpContext context, ClaimsPrincipal user, IStore store) =>
        {
            if (await RecordHistory.LoadAsync(store, user.ClientId(), RecordEntity.Order, key, context.RequestAborted) is not { } loaded)
                return ConnectionPages.NotFound(context, "order", key);
            var o = OrderFacts.From(loaded.Record);
            var body = $"""
                <table class="order-facts"><tr><th>Channel</th><td>{E(o.Channel)} (connection {E(loaded.Record.Origin)})</td></tr>
                <tr><th>Channel order</th><td>{E(o.ChannelOrderCode)}</td></tr>
                <tr><th>State</th><td class="order-state">{Badge(o.State)}</td></tr>
                <tr><th>ERP order number</th><td class="source-order-code">{(o.SourceOrderCode is null ? "not raised yet" : E(o.SourceOrderCode))}</td></tr>
                <tr><th>Customer</th><td>{E(o.Customer)}</td></tr><tr><th>Total</th><td>{E(o.Total)}</td></tr>{FailureRow(o, loaded.History)}{ShipmentRows(loaded.Record.Json)}{RefundRows(loaded.Record.Json)}</table>
                {HistoryTable.Render(loaded.Links, loaded.History)}<h2>Order data</h2><pre>{E(RecordPages.Pretty(loaded.Record.Json))}</pre>
                """;
            return Layout.Page(context, $"Order {o.ChannelOrderCode}", body);
        });
    }

    /// <summary>A row per shipment a fulfilment service holds for the order: its state and tracking.</summary>
    private static string ShipmentRows(string orderJson) =>
        string.Concat((Stockbridge.Domain.Serialization.WireJson.Deserialize<Stockbridge.Domain.Orders.Order>(orderJson).Fulfillments ?? []).Select(f =>
            $"<tr><th>Shipment</th><td class=\"shipment\">{E(f.ShipmentId)} on {E(f.FulfillmentConnection)}: {E(f.Status)}"
            + (f.TrackingNumber is { } number ? $", tracking {E(number)}" : "") + (f.TrackingCompany is { } company ? $" ({E(company)})" : "")
            + (f.TrackingUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "https" or "http" ? $" <a href=\"{E(url)}\" rel=\"noopener noreferrer\">track</a>" : "")
            + "</td></tr>"));

    /// <summary>A row per refund the channel made: what it gave back, and what the source made of it (or why it could not).</summary>
    private static string RefundRows(string orderJson) =>
        string.Concat((Stockbridge.Domain.Serialization.WireJson.Deserialize<Stockbridge.Domain.Orders.Order>(orderJson).Refunds ?? []).Select(r =>
            $"<tr><th>Refund</th><td class=\"refund {E(r.Status)}\">{E(Stockbridge.Sync.Orders.RefundText.Describe(r))}: {E(r.Status)}"
            + (r.Result is { } result ? $" &mdash; {E(result)}" : "") + "</td></tr>"));

    private static string FailureRow(OrderFacts order, IReadOnlyList<AuditEntry> history) =>
        order.State == "failed" && history.LastOrDefault(a => a.Action == "failed") is { } failed
            ? $"<tr><th>Why it failed</th><td class=\"error\">{E(failed.Detail)}</td></tr>"
            : "";
}
