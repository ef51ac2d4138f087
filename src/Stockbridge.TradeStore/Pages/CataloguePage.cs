using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.Web.Console.Html;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>The catalogue: search, collection and in-stock filters, the customer's own price and its warehouses' stock, add to cart.</summary>
internal static class CataloguePage
{
    public static void Map(IEndpointRouteBuilder store)
    {
        store.MapGet("/", async (HttpContext context, TradeCatalogue catalogue, string? q, string? collection, string? instock, int? page) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
            var customer = await catalogue.CustomerAsync(shop.ClientId, code, context.RequestAborted);
            if (customer is null) return StoreLayout.Page(context, "Catalogue", "<p class=\"error\">Your account is not in the ERP's customer list.</p>");
            var all = await catalogue.ItemsAsync(shop, customer, context.RequestAborted);
            var query = new CatalogueQuery(q, collection, instock == "1", Math.Max(1, page ?? 1));
            var found = all.Where(query.Matches).ToList();
            var shown = found.Skip((query.Page - 1) * CatalogueQuery.PageSize).Take(CatalogueQuery.PageSize).ToList();
            var collections = all.Select(i => i.Collection).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture, $"""
                <form method="get" action="{E(shop.Root)}" class="filters" role="search">
                <label for="q">Search</label><input id="q" name="q" value="{E(q)}" placeholder="name, SKU or barcode">
                <label for="collection">Collection</label><select id="collection" name="collection"><option value="">All</option>
                {string.Concat(collections.Select(c => $"<option{(string.Equals(c, collection, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{E(c)}</option>"))}</select>
                <label><input type="checkbox" name="instock" value="1"{(query.InStockOnly ? " checked" : "")}> In stock only</label>
                <p><button type="submit" class="button">Find</button></p></form>
                <p>{E(found.Count)} products · your prices are price tier <b>{E(customer.PriceTier ?? shop.Settings.DefaultTier)}</b>, ex VAT</p><div class="grid">
                """);
            foreach (var item in shown) body.Append(Card(context, shop.Root, item));
            body.Append("</div>");
            var pages = (found.Count + CatalogueQuery.PageSize - 1) / CatalogueQuery.PageSize;
            if (query.Page < pages)
                body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(shop.Root)}?q={E(Uri.EscapeDataString(q ?? ""))}&amp;collection={E(Uri.EscapeDataString(collection ?? ""))}&amp;instock={(query.InStockOnly ? "1" : "")}&amp;page={query.Page + 1}\">Next page</a></p>");
            return StoreLayout.Page(context, "Catalogue", body.ToString());
        });
    }

    private static string Card(HttpContext context, string root, CatalogueItem item)
    {
        var stock = string.Join(", ", item.Stock.Select(w => $"{E(w.Key)}: {E(StoreLayout.Qty(w.Value))}"));
        var pack = item.Pack.Multiple > 1 || item.Pack.Minimum > 1
            ? $"<div class=\"help\">packs of {E(item.Pack.Multiple)} · minimum {E(item.Pack.Minimum)}</div>" : "";
        var start = Math.Max(item.Pack.Minimum, item.Pack.Multiple);
        var order = item.Price is null ? "<p class=\"help\">Not priced for your account</p>" : $"""
            <form method="post" action="{E(root)}cart/add">{Forms.Antiforgery(context)}<input type="hidden" name="sku" value="{E(item.Sku)}">
            <label for="qty-{E(item.Sku)}" class="help">Quantity</label><input id="qty-{E(item.Sku)}" name="qty" type="number" min="{E(item.Pack.Minimum)}" step="{E(item.Pack.Multiple)}" value="{E(start)}">
            <button type="submit" class="button">Add to cart</button></form>
            """;
        return $"""
            <div class="item" data-sku="{E(item.Sku)}"><h3>{E(item.Title)}</h3><div class="sku">SKU {E(item.Sku)}</div>
            <div class="price">{(item.Price is { } p ? E(StoreLayout.Money(p)) : "—")}</div><div class="stock">In stock: {stock}</div>{pack}{order}</div>
            """;
    }
}
