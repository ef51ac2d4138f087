using Stockbridge.Console.BrowserTests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Stockbridge.Demo;
using Stockbridge.Storage.Access;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.Web.Security;

namespace Stockbridge.TradeStore.Tests.Journeys;

/// <summary>Sign-in lock-out, CSRF, the merchant's invitation from the console, and password reset by e-mail, against a running hub.</summary>
public sealed class StoreSecurityTests(StoreHubFixture hub) : IClassFixture<StoreHubFixture>
{
    private const string Password = "another long password";

    [Fact]
    public async Task Wrong_passwords_lock_the_email_out_even_for_the_right_password_and_a_form_without_its_token_does_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await hub.Services.GetRequiredService<TradeAccounts>().SetPasswordDirectlyAsync(DemoIds.Client, StoreHubFixture.StoreId, "LOWCR1", "accounts@smallcredit.example", Password, ct);
        var page = await hub.PageAsync();
        await page.GotoAsync("login");
        var token = await page.Locator("input[name=__af]").First.GetAttributeAsync("value");
        (await page.APIRequest.PostAsync("login", new() { Form = Form(page, ("email", "accounts@smallcredit.example"), ("password", Password)) })).Status
            .ShouldBe(400, "no antiforgery token: refused before the password is looked at");
        var statuses = new List<int>();
        for (var i = 0; i < 10; i++)
            statuses.Add((await page.APIRequest.PostAsync("login", new() { Form = Form(page, ("__af", token!), ("email", "accounts@smallcredit.example"), ("password", "wrong" + i)) })).Status);
        statuses.Take(9).ShouldAllBe(s => s == 401);
        var locked = await page.APIRequest.PostAsync("login", new() { Form = Form(page, ("__af", token!), ("email", "accounts@smallcredit.example"), ("password", Password)) });
        locked.Status.ShouldBe(429);
        (await locked.TextAsync()).ShouldContain("Too many failed sign-ins for this email");
    }

    [Fact]
    public async Task The_merchant_invites_a_customer_from_the_console_and_a_reset_link_sets_a_new_password()
    {
        var ct = TestContext.Current.CancellationToken;
        await AccessProvisioning.AddUserAsync(hub.Store, DemoIds.Client, "operator@demo.local", "operator-password-1", AccessRoles.Operator, TimeProvider.System, ct);
        var (account, email, _) = hub.Syspro.OrderingCustomers(3)[2];
        var console = await hub.Browser.NewPageAsync(new() { BaseURL = hub.World.HubUrl.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        console.SetDefaultTimeout(30_000);
        await console.GotoAsync("console/login");
        await console.FillAsync("#email", "operator@demo.local");
        await console.FillAsync("#password", "operator-password-1");
        await console.ClickAsync("button:has-text('Sign in')");
        await console.WaitForURLAsync(url => url.EndsWith("/console", StringComparison.Ordinal));
        await console.ClickAsync("header a:has-text('Trade store')");
        var row = console.Locator($"tr[data-customer='{account}']");
        (await row.InnerTextAsync()).ShouldContain("no login");
        (await console.Locator("tr[data-customer='HOLD01']").InnerTextAsync()).ShouldContain("on-hold");
        await row.Locator("button:has-text('Invite')").ClickAsync();
        (await console.Locator("[role=status]").InnerTextAsync()).ShouldBe($"Invitation sent to {email} for account {account}.");
        (await console.Locator($"tr[data-customer='{account}']").InnerTextAsync()).ShouldContain("invited");
        await Screenshots.SaveAsync(console, "tradestore-console-customers");
        var invitation = await MailToAsync(email, "Your trade store account", ct);

        // The customer follows the invitation, then forgets the password: the reset link sets a new one; the old link is spent.
        var page = await hub.PageAsync();
        await SetPasswordAsync(page, LinkIn(invitation), "first password 1");
        await page.GotoAsync("forgot");
        await page.FillAsync("#email", email);
        await page.ClickAsync("button:has-text('Send me a link')");
        (await page.Locator("[role=status]").InnerTextAsync()).ShouldContain("If that e-mail has an account");
        var reset = await MailToAsync(email, "Reset your trade store password", ct);
        await SetPasswordAsync(page, LinkIn(reset), Password);
        await StoreHubFixture.SignInAsync(page, email, Password);
        await page.GotoAsync("account");
        (await page.ContentAsync()).ShouldContain(account);

        var again = await hub.PageAsync();
        await again.GotoAsync(LinkIn(reset));
        await again.FillAsync("#password", "third password 3");
        await again.FillAsync("#confirm", "third password 3");
        await again.ClickAsync("button:has-text('Set password')");
        (await again.Locator("[role=alert]").InnerTextAsync()).ShouldContain("expired or was already used");
    }

    private static async Task SetPasswordAsync(IPage page, string link, string password)
    {
        await page.GotoAsync(link);
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", password);
        await page.ClickAsync("button:has-text('Set password')");
        await page.WaitForSelectorAsync("text=Your password is set");
    }

    private async Task<netDumbster.smtp.SmtpMessage> MailToAsync(string email, string subject, CancellationToken ct) =>
        await Eventually.GetAsync(() => Task.FromResult(hub.Smtp.ReceivedEmail.LastOrDefault(m => m.Headers["Subject"] == subject
            && m.ToAddresses.Any(a => a.Address.Equals(email, StringComparison.OrdinalIgnoreCase)))), $"'{subject}' to {email}", ct);

    private static string LinkIn(netDumbster.smtp.SmtpMessage mail) =>
        System.Text.RegularExpressions.Regex.Match(mail.MessageParts[0].BodyData, @"http://\S+/password\?\S+").Value;

    private static IFormData Form(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        return form;
    }
}
