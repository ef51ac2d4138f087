using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.TradeStore.Cart;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Checkout;
using Stockbridge.TradeStore.Hosting;
using Stockbridge.TradeStore.Orders;
using Stockbridge.Web.Console.Html;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>The cart: lines with the customer's prices and totals, quick order by SKU or pasted/uploaded CSV, remove, and checkout.</summary>
internal static class CartPages
{
    public static void Map(IEndpointRouteBuilder store)
    {
        store.MapGet("/cart", (HttpContext context, TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders) =>
            RenderAsync(context, catalogue, carts, orders, [], StatusCodes.Status200OK));
        store.MapPost("/cart/add", async (HttpContext context, TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var text = $"{form["sku"]},{form["qty"]}";
            return await AddAsync(context, catalogue, carts, orders, text);
        });
        store.MapPost("/cart/quick", async (HttpContext context, TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders) =>
        {
            if (context.Request.ContentLength > QuickOrderParser.MaxBytes + 16 * 1024)
                return await RenderAsync(context, catalogue, carts, orders, [new LineProblem(1, "file", "larger than 64 KB")], StatusCodes.Status413PayloadTooLarge);
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var text = form["lines"].ToString();
            if (form.Files.GetFile("file") is { Length: > 0 } file)
            {
                if (file.Length > QuickOrderParser.MaxBytes)
                    return await RenderAsync(context, catalogue, carts, orders, [new LineProblem(1, "file", "larger than 64 KB")], StatusCodes.Status413PayloadTooLarge);
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
                text = await reader.ReadToEndAsync(context.RequestAborted);
            }
            return await AddAsync(context, catalogue, carts, orders, text);
        });
        store.MapPost("/cart/remove", async (HttpContext context, TradeCarts carts) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await carts.RemoveAsync(shop, code, form["sku"].ToString(), context.RequestAborted);
            return Results.LocalRedirect(shop.Root + "cart");
        });
        store.MapPost("/checkout", async (HttpContext context, TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders, TradeCheckout checkout) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var reference = form["reference"].ToString();
            var outcome = await checkout.PlaceAsync(shop, code, reference.Length > 30 ? reference[..30] : reference, context.RequestAborted);
            if (outcome.Placed) return Results.LocalRedirect($"{shop.Root}orders/{Uri.EscapeDataString(outcome.OrderCode!)}?placed=1");
            return await RenderAsync(context, catalogue, carts, orders, [.. outcome.Refusals.Select(r => new LineProblem(0, "checkout", r))], StatusCodes.Status409Conflict);
        });
    }

    private static async Task<IResult> AddAsync(HttpContext context, TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders, string text)
    {
        var shop = StoreFilter.Shop(context);
        if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
        var customer = await catalogue.CustomerAsync(shop.ClientId, code, context.RequestAborted);
        if (customer is null) return Results.NotFound();
        var (lines, problems) = QuickOrderParser.Parse(text);
        if (problems.Count == 0)
            problems = await carts.AddAsync(shop, code, lines, await catalogue.BySkuAsync(shop, customer, context.RequestAborted), context.RequestAborted);
        if (problems.Count > 0) return await RenderAsync(context, catalogue, carts, orders, problems, StatusCodes.Status400BadRequest, text);
        return Results.LocalRedirect(shop.Root + "cart?added=" + lines.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task<IResult> RenderAsync(HttpContext context, TradeCatalogue catalogue, TradeCarts carts, TradeOrders orders,
        IReadOnlyList<LineProblem> problems, int status, string? pasted = null)
    {
        var shop = StoreFilter.Shop(context);
        if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
        var customer = await catalogue.CustomerAsync(shop.ClientId, code, context.RequestAborted);
        if (customer is null) return Results.NotFound();
        var cart = await carts.GetAsync(shop, code, context.RequestAborted);
        var bySku = await catalogue.BySkuAsync(shop, customer, context.RequestAborted);
        var body = new StringBuilder();
        if (problems.Count > 0)
        {
            var heading = problems.All(p => p.Line == 0) ? "Your order was not placed:" : "Nothing was added to the cart:";
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"error\" role=\"alert\"><p>{E(heading)}</p><ul>{string.Concat(problems.Select(p => $"<li>{E(p.Line == 0 ? p.Message : p.ToString())}</li>"))}</ul></div>");
        }
        else if (context.Request.Query["added"] is { Count: > 0 } added) body.Append(CultureInfo.InvariantCulture, $"<p class=\"notice\" role=\"status\">Added {E(added.ToString())} line(s) to your cart.</p>");
        body.Append(Lines(context, shop, cart, bySku));
        body.Append(CultureInfo.InvariantCulture, $"""
            <h2>Quick order</h2><p class="help">One line per SKU: <code>SKU,quantity</code>. Paste lines or upload a CSV file (a first line <code>sku,qty</code> is skipped).</p>
            <form method="post" action="{E(shop.Root)}cart/quick" enctype="multipart/form-data">{Forms.Antiforgery(context)}
            <label for="lines">Lines</label><textarea id="lines" name="lines" placeholder="ABC-100,12">{E(pasted)}</textarea>
            <label for="file">or a CSV file</label><input id="file" name="file" type="file" accept=".csv,text/csv,text/plain">
            <p><button type="submit" class="button">Add to cart</button></p></form>
            """);
        if (!cart.IsEmpty)
        {
            var open = TradeOrders.OpenValue(await orders.ListAsync(shop, code, context.RequestAborted));
            var credit = customer.CreditLimit is > 0 and var limit ? $"<p>Available credit: {E(StoreLayout.Money(Math.Max(0, limit - open)))} of {E(StoreLayout.Money(limit))}</p>" : "";
            var hold = customer.OnHold ? "<p class=\"error\">Your account is on hold in the ERP: orders cannot be placed.</p>" : "";
            body.Append(CultureInfo.InvariantCulture, $"""
                <h2>Checkout</h2>{hold}{credit}<form method="post" action="{E(shop.Root)}checkout">{Forms.Antiforgery(context)}
                <label for="reference">Your order reference (optional)</label><input id="reference" name="reference" maxlength="30">
                <p><button type="submit" class="button">Place order on account {E(code)}</button></p></form>
                """);
        }
        return StoreLayout.Page(context, "Cart", body.ToString(), status);
    }

    private static string Lines(HttpContext context, StoreContext shop, TradeCart cart, IReadOnlyDictionary<string, CatalogueItem> bySku)
    {
        if (cart.IsEmpty) return "<p>Your cart is empty.</p>";
        var rows = new StringBuilder();
        decimal subtotal = 0;
        foreach (var line in cart.Lines)
        {
            var item = bySku.GetValueOrDefault(line.Sku);
            var net = item?.Price is { } price ? Stockbridge.Domain.Orders.OrderValue.Cents(price * line.Qty) : 0;
            subtotal += net;
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr data-sku="{E(line.Sku)}"><td>{E(line.Sku)}</td><td>{E(item?.Title ?? "no longer available")}</td><td>{E(StoreLayout.Qty(line.Qty))}</td>
                <td>{(item?.Price is { } p ? E(StoreLayout.Money(p)) : "—")}</td><td>{E(StoreLayout.Money(net))}</td>
                <td><form method="post" action="{E(shop.Root)}cart/remove" class="inline">{Forms.Antiforgery(context)}<input type="hidden" name="sku" value="{E(line.Sku)}"><button type="submit" class="button">Remove</button></form></td></tr>
                """);
        }
        var vat = Stockbridge.Domain.Orders.OrderValue.Cents(subtotal * shop.Settings.VatRate);
        return $"""
            <table><thead><tr><th>SKU</th><th>Product</th><th>Qty</th><th>Unit ex VAT</th><th>Line ex VAT</th><th></th></tr></thead><tbody>{rows}</tbody></table>
            <p>Subtotal {E(StoreLayout.Money(subtotal))} · VAT about {E(StoreLayout.Money(vat))} · <b>Total about {E(StoreLayout.Money(subtotal + vat))}</b></p>
            """;
    }
}
