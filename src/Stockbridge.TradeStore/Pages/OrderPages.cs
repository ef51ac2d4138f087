using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Domain.Orders;
using Stockbridge.TradeStore.Cart;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Orders;
using Stockbridge.Web.Console.Html;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>Order history (the ERP's order number and the order's state), one order (404 unless it is the customer's own), and reorder.</summary>
internal static class OrderPages
{
    public static void Map(IEndpointRouteBuilder store)
    {
        store.MapGet("/orders", async (HttpContext context, TradeOrders orders) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
            var mine = await orders.ListAsync(shop, code, context.RequestAborted);
            if (mine.Count == 0) return StoreLayout.Page(context, "Orders", "<p>No orders yet.</p>");
            var rows = string.Concat(mine.Select(o => $"""
                <tr><td><a href="{E(shop.Root)}orders/{Seg(o.ChannelOrderCode)}">{E(o.ChannelOrderCode)}</a></td><td>{Time(o.PlacedAt)}</td>
                <td>{E(o.SourceOrderCode ?? "not yet in the ERP")}</td><td>{Badge(o.State.ToString().ToLowerInvariant())}</td><td>{E(StoreLayout.Money(o.Totals?.Total ?? 0))}</td></tr>
                """));
            return StoreLayout.Page(context, "Orders", $"<table><thead><tr><th>Order</th><th>Placed</th><th>ERP order number</th><th>Status</th><th>Total incl VAT</th></tr></thead><tbody>{rows}</tbody></table>");
        });
        store.MapGet("/orders/{code}", async (HttpContext context, TradeOrders orders, string code) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } customer) return Results.LocalRedirect(shop.Root + "login");
            var order = await orders.GetAsync(shop, customer, code, context.RequestAborted);
            if (order is null) return StoreLayout.Page(context, "Not found", "<p>There is no such order on your account.</p>", StatusCodes.Status404NotFound);
            return StoreLayout.Page(context, $"Order {order.ChannelOrderCode}", Detail(context, shop.Root, order));
        });
        store.MapPost("/orders/{code}/reorder", async (HttpContext context, TradeOrders orders, TradeCatalogue catalogue, TradeCarts carts, string code) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } customer) return Results.LocalRedirect(shop.Root + "login");
            var order = await orders.GetAsync(shop, customer, code, context.RequestAborted);
            var account = await catalogue.CustomerAsync(shop.ClientId, customer, context.RequestAborted);
            if (order is null || account is null) return StoreLayout.Page(context, "Not found", "<p>There is no such order on your account.</p>", StatusCodes.Status404NotFound);
            var lines = order.LineItems.Select((l, i) => (i + 1, new CartLine(l.Sku, l.Qty))).ToList();
            var problems = await carts.AddAsync(shop, customer, lines, await catalogue.BySkuAsync(shop, account, context.RequestAborted), context.RequestAborted);
            if (problems.Count == 0) return Results.LocalRedirect(shop.Root + "cart?added=" + lines.Count.ToString(CultureInfo.InvariantCulture));
            var list = string.Concat(problems.Select(p => $"<li>{E(p.ToString())}</li>"));
            return StoreLayout.Page(context, $"Order {order.ChannelOrderCode}",
                $"<div class=\"error\" role=\"alert\"><p>Nothing was added to the cart:</p><ul>{list}</ul></div>" + Detail(context, shop.Root, order), StatusCodes.Status409Conflict);
        });
    }

    private static string Detail(HttpContext context, string root, Order order)
    {
        var placed = context.Request.Query.ContainsKey("placed") ? "<p class=\"notice\" role=\"status\">Thank you: your order is placed and is being entered in our system.</p>" : "";
        var rows = new StringBuilder();
        foreach (var line in order.LineItems)
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(line.Sku)}</td><td>{E(line.Title)}</td><td>{E(StoreLayout.Qty(line.Qty))}</td><td>{E(StoreLayout.Money(line.Price))}</td><td>{E(StoreLayout.Money(OrderValue.LineNet(line)))}</td></tr>");
        var totals = order.Totals ?? new OrderTotals(0, 0, 0, 0, 0);
        return $"""
            {placed}<p>Status {Badge(order.State.ToString().ToLowerInvariant())} · ERP order number <b class="erp-number">{E(order.SourceOrderCode ?? "not yet in the ERP")}</b> · placed {Time(order.PlacedAt)} · account {E(order.SourceCustomerCode)}</p>
            {(order.Notes is null ? "" : $"<p>{E(order.Notes)}</p>")}
            <table><thead><tr><th>SKU</th><th>Product</th><th>Qty</th><th>Unit ex VAT</th><th>Line ex VAT</th></tr></thead><tbody>{rows}</tbody></table>
            <p>Subtotal {E(StoreLayout.Money(totals.Subtotal))} · VAT {E(StoreLayout.Money(totals.Tax))} · <b>Total {E(StoreLayout.Money(totals.Total))}</b></p>
            {Forms.PostButton(context, $"{root}orders/{Uri.EscapeDataString(order.ChannelOrderCode)}/reorder", "Order these again")}
            """;
    }
}
