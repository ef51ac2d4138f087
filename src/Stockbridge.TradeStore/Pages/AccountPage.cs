using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Orders;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>The customer's own account as the ERP has it: name, price tier, credit limit, open orders, hold.</summary>
internal static class AccountPage
{
    public static void Map(IEndpointRouteBuilder store)
    {
        store.MapGet("/account", async (HttpContext context, TradeCatalogue catalogue, TradeOrders orders) =>
        {
            var shop = StoreFilter.Shop(context);
            if (StoreSession.CustomerCode(context) is not { } code) return Results.LocalRedirect(shop.Root + "login");
            var customer = await catalogue.CustomerAsync(shop.ClientId, code, context.RequestAborted);
            if (customer is null) return StoreLayout.Page(context, "Account", "<p class=\"error\">Your account is not in the ERP's customer list.</p>");
            var open = TradeOrders.OpenValue(await orders.ListAsync(shop, code, context.RequestAborted));
            var limit = customer.CreditLimit is > 0 and var l ? StoreLayout.Money(l) : "no limit";
            var body = $"""
                <table><tbody><tr><th>Account</th><td>{E(customer.SourceCustomerCode)}</td></tr><tr><th>Name</th><td>{E(customer.Company ?? customer.FirstName)}</td></tr>
                <tr><th>E-mail</th><td>{E(customer.Email)}</td></tr><tr><th>Price tier</th><td>{E(customer.PriceTier ?? shop.Settings.DefaultTier)}</td></tr>
                <tr><th>Credit limit</th><td>{E(limit)}</td></tr><tr><th>Open store orders (ex VAT)</th><td>{E(StoreLayout.Money(open))}</td></tr>
                <tr><th>Status</th><td>{(customer.OnHold ? "<span class=\"error\">on hold</span>" : "in good standing")}</td></tr></tbody></table>
                """;
            return StoreLayout.Page(context, "Your account", body);
        });
    }
}
