using Stockbridge.Console.BrowserTests;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Stockbridge.Demo;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage.Access;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Security;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.TradeStore.Cart;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Checkout;
using Stockbridge.TradeStore.Hosting;

namespace Stockbridge.TradeStore.Tests.Journeys;

/// <summary>Trade customers in a real browser against the hub and the SYSPRO simulator; screenshots go to docs/screenshots.</summary>
public sealed partial class TradeCustomerJourneyTests(StoreHubFixture hub) : IClassFixture<StoreHubFixture>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Invited_customer_finds_its_tier_price_quick_orders_two_skus_reorders_and_each_order_is_in_syspro_once_on_its_account()
    {
        var ct = TestContext.Current.CancellationToken;
        var (account, email, priceCode) = hub.Syspro.OrderingCustomers(1)[0];
        var customer = await CustomerAsync(account, ct);
        var shop = (await hub.Services.GetRequiredService<StoreLocator>().FindAsync(DemoIds.Client, ct))!;
        var items = (await hub.Services.GetRequiredService<TradeCatalogue>().ItemsAsync(shop, customer, ct))
            .Where(i => i.Price is not null && i.Available >= 4 && i.Pack == new PackRule(1, 1)).Take(2).ToList();
        items.Count.ShouldBe(2, "two SKUs in stock to order");

        // The merchant invites the customer; the e-mail arrives at the SMTP server; its link sets the password.
        await hub.Services.GetRequiredService<TradeAccounts>().InviteAsync(DemoIds.Client, StoreHubFixture.StoreId, customer, new Uri(hub.StoreUrl), ct);
        var mail = await Eventually.GetAsync(() => Task.FromResult(hub.Smtp.ReceivedEmail.LastOrDefault(m => m.ToAddresses.Any(a => a.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))), "the invitation e-mail", ct);
        var link = LinkPattern().Match(mail.MessageParts[0].BodyData).Value;
        link.ShouldStartWith(hub.StoreUrl + "password?");
        var page = await hub.PageAsync();
        await page.GotoAsync(link);
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.ClickAsync("button:has-text('Set password')");
        await page.WaitForSelectorAsync("text=Your password is set");
        await Screenshots.SaveAsync(page, "tradestore-login");
        await StoreHubFixture.SignInAsync(page, email, Password);

        // Find a product: its price is this customer's tier's price in SYSPRO.
        await page.FillAsync("#q", items[0].Sku);
        await page.ClickAsync("button:has-text('Find')");
        var card = page.Locator($".item[data-sku='{items[0].Sku}']");
        var tierPrice = hub.Syspro.Price(items[0].Sku, priceCode);
        (await card.Locator(".price").InnerTextAsync()).ShouldBe("R " + tierPrice.ToString("N2", CultureInfo.InvariantCulture));
        await page.GotoAsync("");
        await Screenshots.SaveAsync(page, "tradestore-catalogue");

        // Quick order: a bad line adds nothing and says which line and field; two good lines add both.
        await page.GotoAsync("cart");
        await page.FillAsync("#lines", $"{items[0].Sku},1\nNO-SUCH-SKU,2");
        await page.ClickAsync("form[action$='cart/quick'] button");
        (await page.Locator("[role=alert]").InnerTextAsync()).ShouldContain("Line 2, sku: 'NO-SUCH-SKU' is not in the catalogue");
        (await page.Locator("tr[data-sku]").CountAsync()).ShouldBe(0, "nothing added when a line is bad");
        await page.FillAsync("#lines", $"sku,qty\n{items[0].Sku},1\n{items[1].Sku},2");
        await page.ClickAsync("form[action$='cart/quick'] button");
        await page.WaitForSelectorAsync("text=Added 2 line(s)");
        (await page.Locator("tr[data-sku]").CountAsync()).ShouldBe(2);
        await Screenshots.SaveAsync(page, "tradestore-cart");

        var first = await CheckOutAsync(page, account);
        await page.ClickAsync("button:has-text('Order these again')");
        await page.WaitForSelectorAsync("text=Added 2 line(s)");
        (await page.Locator("tr[data-sku]").CountAsync()).ShouldBe(2, "reorder puts the past order's lines in the cart");
        var second = await CheckOutAsync(page, account);
        second.ShouldNotBe(first);

        await page.GotoAsync("orders");
        (await page.Locator("tbody tr").CountAsync()).ShouldBe(2);
        await Screenshots.SaveAsync(page, "tradestore-orders");
        // The merchant sees the store's order with its trail on the console's order page, like any channel's.
        await AccessProvisioning.AddUserAsync(hub.Store, DemoIds.Client, "viewer@demo.local", "viewer-password-1", AccessRoles.Viewer, TimeProvider.System, ct);
        var console = await hub.Browser.NewPageAsync(new() { BaseURL = hub.World.HubUrl.ToString() });
        console.SetDefaultTimeout(30_000);
        await console.GotoAsync("console/login");
        await console.FillAsync("#email", "viewer@demo.local");
        await console.FillAsync("#password", "viewer-password-1");
        await console.ClickAsync("button:has-text('Sign in')");
        await console.WaitForURLAsync(url => url.EndsWith("/console", StringComparison.Ordinal));
        await console.GotoAsync($"console/orders/{Uri.EscapeDataString(StoreHubFixture.StoreId + ":" + first)}");
        var trail = await console.ContentAsync();
        trail.ShouldContain("taken in from Outdoor Trade Store via trade store checkout");
        trail.ShouldContain("raised into");

        var phone = await hub.PageAsync(phone: true);
        await StoreHubFixture.SignInAsync(phone, email, Password);
        await Screenshots.SaveAsync(phone, "tradestore-phone");
    }

    [Fact]
    public async Task An_on_hold_customer_is_refused_at_checkout_over_credit_is_refused_and_another_customers_order_is_404()
    {
        var ct = TestContext.Current.CancellationToken;
        var shop = (await hub.Services.GetRequiredService<StoreLocator>().FindAsync(DemoIds.Client, ct))!;
        var catalogue = hub.Services.GetRequiredService<TradeCatalogue>();
        var carts = hub.Services.GetRequiredService<TradeCarts>();
        var checkout = hub.Services.GetRequiredService<TradeCheckout>();

        // Another customer's order, placed through the store's checkout.
        var (owner, _, _) = hub.Syspro.OrderingCustomers(2)[1];
        var ownerCustomer = await CustomerAsync(owner, ct);
        var bySku = await catalogue.BySkuAsync(shop, ownerCustomer, ct);
        var sku = bySku.Values.First(i => i.Price is not null && i.Available >= 2 && i.Pack == new PackRule(1, 1));
        (await carts.AddAsync(shop, owner, [(1, new CartLine(sku.Sku, 1))], bySku, ct)).ShouldBeEmpty();
        var placed = await checkout.PlaceAsync(shop, owner, "PO-OTHER", ct);
        placed.Placed.ShouldBeTrue(string.Join("; ", placed.Refusals));

        // A customer with a credit limit of 100 cannot order more than that.
        var low = await CustomerAsync("LOWCR1", ct);
        var lowSku = (await catalogue.BySkuAsync(shop, low, ct)).Values.First(i => i.Price is > 100m / 1 && i.Available >= 1 && i.Pack == new PackRule(1, 1));
        (await carts.AddAsync(shop, "LOWCR1", [(1, new CartLine(lowSku.Sku, 1))], await catalogue.BySkuAsync(shop, low, ct), ct)).ShouldBeEmpty();
        var refused = await checkout.PlaceAsync(shop, "LOWCR1", null, ct);
        refused.Placed.ShouldBeFalse();
        refused.Refusals.ShouldHaveSingleItem().ShouldContain("over the available credit of account LOWCR1");

        // The on-hold customer signs in, fills its cart and is refused at checkout with the reason; SYSPRO gets nothing.
        var held = await CustomerAsync("HOLD01", ct);
        await hub.Services.GetRequiredService<TradeAccounts>().SetPasswordDirectlyAsync(DemoIds.Client, StoreHubFixture.StoreId, "HOLD01", held.Email!, Password, ct);
        var page = await hub.PageAsync();
        await StoreHubFixture.SignInAsync(page, held.Email!, Password);
        await page.GotoAsync("cart");
        await page.FillAsync("#lines", $"{sku.Sku},1");
        await page.ClickAsync("form[action$='cart/quick'] button");
        await page.WaitForSelectorAsync("text=Added 1 line(s)");
        await page.ClickAsync("button:has-text('Place order')");
        (await page.Locator("[role=alert]").InnerTextAsync()).ShouldContain("Account HOLD01 is on hold in the ERP");
        await Screenshots.SaveAsync(page, "tradestore-on-hold-refused");
        hub.Syspro.SalesOrdersOf("HOLD01").ShouldBe(0);

        // The other customer's order by URL: 404, and reordering it too.
        var response = await page.GotoAsync($"orders/{placed.OrderCode}");
        response!.Status.ShouldBe(404);
        var token = await page.Locator("input[name=__af]").First.GetAttributeAsync("value");
        var form = page.APIRequest.CreateFormData();
        form.Set("__af", token!);
        (await page.APIRequest.PostAsync($"orders/{placed.OrderCode}/reorder", new() { Form = form })).Status.ShouldBe(404, "reordering another customer's order");
        (await page.GotoAsync("orders"))!.Status.ShouldBe(200);
        (await page.ContentAsync()).ShouldNotContain(placed.OrderCode!);
    }

    private async Task<string> CheckOutAsync(IPage page, string account)
    {
        var ct = TestContext.Current.CancellationToken;
        await page.ClickAsync("button:has-text('Place order')");
        await page.WaitForURLAsync(new Regex("/orders/TS-"));
        var code = Uri.UnescapeDataString(new Uri(page.Url).Segments[^1]);
        var so = await Eventually.GetAsync(() => hub.World.Syspro.Company.FindSalesOrderByPoAsync(code, null, ct), $"order {code} in SYSPRO", ct);
        so.Customer.Trim().ShouldBe(account, "raised on the customer's own account");
        hub.Syspro.SalesOrders(code).ShouldBe(1, "raised exactly once");
        await Eventually.GetAsync(async () =>
        {
            await page.ReloadAsync();
            var number = await page.Locator(".erp-number").InnerTextAsync();
            return number.Contains("not yet", StringComparison.Ordinal) ? null : number;
        }, "the ERP's order number on the order page", ct);
        await Screenshots.SaveAsync(page, "tradestore-order");
        return code;
    }

    private async Task<Customer> CustomerAsync(string code, CancellationToken ct) =>
        WireJson.Deserialize<Customer>((await Eventually.GetAsync(() => hub.Store.Records.GetAsync(DemoIds.Client, RecordEntity.Customer, code, ct), $"customer {code} in the hub", ct)).Json);

    [GeneratedRegex(@"http://\S+/password\?\S+")]
    private static partial Regex LinkPattern();
}
