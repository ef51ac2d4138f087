using Microsoft.AspNetCore.Http;
using Stockbridge.TradeStore.Hosting;
using Stockbridge.Web.Console.Html;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>The store's page frame: the console's stylesheet plus a few phone-first rules, the store's navigation and the customer.</summary>
internal static class StoreLayout
{
    private const string StoreCss = """
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.8rem}
        .item{background:#fff;border:1px solid #e4e7eb;border-radius:.4rem;padding:.7rem}.item h3{font-size:1rem;margin:.1rem 0 .4rem}
        .price{font-size:1.2rem;font-weight:700}.sku{color:#627d98;font-size:.8rem}.stock{font-size:.85rem}
        .item input[type=number]{min-width:0;width:5rem}.filters input,.filters select{min-width:0}
        textarea{width:100%;max-width:40rem;min-height:7rem;font-family:monospace}
        @media (max-width:640px){header{flex-wrap:wrap;gap:.4rem}main{padding:.6rem}input,select{min-width:0;width:100%}table{font-size:.8rem}}
        """;

    public static IResult Page(HttpContext context, string title, string body, int status = StatusCodes.Status200OK)
    {
        var shop = StoreFilter.Shop(context);
        var customer = StoreSession.CustomerCode(context);
        var root = shop.Root;
        var nav = customer is null ? "" :
            $"<a href=\"{E(root)}\">Catalogue</a><a href=\"{E(root)}cart\">Cart</a><a href=\"{E(root)}orders\">Orders</a><a href=\"{E(root)}account\">Account</a>"
            + $"<span class=\"who\">account {E(customer)}</span>" + Forms.PostButton(context, root + "logout", "Sign out", "link");
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · {E(shop.Settings.StoreName)}</title><style>{Styles.Css}{StoreCss}</style></head>
            <body><header><strong class="brand">{E(shop.Settings.StoreName)}</strong><nav>{nav}</nav></header>
            <main><h1>{E(title)}</h1>{body}</main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>A money amount, e.g. <c>R 1,234.50</c>.</summary>
    public static string Money(decimal amount) => "R " + amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A quantity without trailing zeros.</summary>
    public static string Qty(decimal qty) => qty.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
