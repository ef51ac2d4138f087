using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.TradeStore.Hosting;
using Stockbridge.Web.Console.Html;
using Stockbridge.Web.Security;
using static Stockbridge.Web.Console.Html.Html;

namespace Stockbridge.TradeStore.Pages;

/// <summary>
/// The merchant's side, in the console (<c>/console/tradestore</c>, console sign-in and roles): the ERP's customers with price
/// tier, credit limit and hold, which of them may sign in to the store, inviting one (operators and admins), and a link to the
/// store's settings (its connection). Store orders are channel orders: they are on the console's Orders pages with their trail.
/// </summary>
internal static class MerchantPages
{
    private const int MaxCustomers = 2_000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var console = endpoints.MapGroup("/console/tradestore").ExcludeFromDescription().DisableAntiforgery()
            .AddEndpointFilter<Stockbridge.Web.Console.AntiforgeryFilter>();
        console.MapGet("", (HttpContext context, IStore store, StoreLocator locator, TradeAccounts accounts) => RenderAsync(context, store, locator, accounts, null))
            .RequireAuthorization(AuthPolicies.ConsoleRead);
        console.MapPost("/invite/{code}", async (HttpContext context, IStore store, StoreLocator locator, TradeAccounts accounts, string code) =>
        {
            var shop = await locator.FindAsync(context.User.ClientId(), context.RequestAborted);
            var record = await store.Records.GetAsync(context.User.ClientId(), RecordEntity.Customer, code, context.RequestAborted);
            if (shop is null || record is null) return Results.NotFound();
            var customer = WireJson.Deserialize<Customer>(record.Json);
            var url = new Uri($"{context.Request.Scheme}://{context.Request.Host}{shop.Root}");
            string notice;
            try
            {
                await accounts.InviteAsync(shop.ClientId, shop.StoreId, customer, url, context.RequestAborted);
                notice = $"Invitation sent to {customer.Email} for account {code}.";
            }
            catch (InvalidOperationException ex)
            {
                notice = $"Not invited: {ex.Message}";
            }
            catch (Exception ex) when (ex is MailKit.ProtocolException or MailKit.Net.Smtp.SmtpCommandException or System.Net.Sockets.SocketException or IOException)
            {
                notice = $"Not invited: the SMTP server refused or could not be reached ({ex.GetType().Name}: {ex.Message}).";
            }
            return await RenderAsync(context, store, locator, accounts, notice);
        }).RequireAuthorization(AuthPolicies.ConsoleOperate);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, IStore store, StoreLocator locator, TradeAccounts accounts, string? notice)
    {
        var clientId = context.User.ClientId();
        var shop = await locator.FindAsync(clientId, context.RequestAborted);
        if (shop is null)
            return Layout.Page(context, "Trade store", "<p>This client has no trade store. Add a connection of the <b>B2B Trade Store</b> connector (key <code>tradestore</code>) on the Connections page.</p>");
        var byCode = (await accounts.ListAsync(clientId, shop.StoreId, context.RequestAborted)).ToDictionary(a => a.CustomerCode, StringComparer.Ordinal);
        var customers = await store.Records.ListAsync(clientId, RecordEntity.Customer, null, MaxCustomers, context.RequestAborted);
        var rows = new StringBuilder();
        foreach (var customer in customers.Select(r => WireJson.Deserialize<Customer>(r.Json)))
        {
            var account = byCode.GetValueOrDefault(customer.SourceCustomerCode);
            var status = account is null ? "no login" : account.Active ? "can sign in" : "invited";
            var invite = context.User.CanOperate() && !string.IsNullOrWhiteSpace(customer.Email)
                ? Forms.PostButton(context, $"/console/tradestore/invite/{Uri.EscapeDataString(customer.SourceCustomerCode)}", account is null ? "Invite" : "Invite again") : "";
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr data-customer="{E(customer.SourceCustomerCode)}"><td>{E(customer.SourceCustomerCode)}</td><td>{E(customer.Company ?? customer.FirstName)}</td><td>{E(customer.Email)}</td>
                <td>{E(customer.PriceTier ?? shop.Settings.DefaultTier)}</td><td>{(customer.CreditLimit is > 0 and var l ? E(l.ToString("N2", CultureInfo.InvariantCulture)) : "no limit")}</td>
                <td>{(customer.OnHold ? Badge("on-hold") : "")}</td><td>{E(status)}</td><td>{invite}</td></tr>
                """);
        }
        var body = $"""
            {(notice is null ? "" : $"<p class=\"notice\" role=\"status\">{E(notice)}</p>")}
            <p>The store: <a href="{E(shop.Root)}">{E(shop.Root)}</a> · settings (tiers, warehouses, pack sizes, over-ordering, VAT) on its
            <a href="/console/connections/{Seg(shop.StoreId)}">connection</a> · its orders are on the <a href="/console/orders">Orders</a> pages with their trail.</p>
            <table><thead><tr><th>Account</th><th>Name</th><th>E-mail</th><th>Price tier</th><th>Credit limit</th><th>Hold</th><th>Store login</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table>
            """;
        return Layout.Page(context, "Trade store customers", body);
    }
}
