using Microsoft.Playwright;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Console.BrowserTests;

/// <summary>The console in a real browser: sign in, add a connection from its generated form, replay a failed job, open an order.</summary>
public sealed class ConsoleJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Dashboard_AfterSignIn_ShowsChartsOverTime()
    {
        var page = await fixture.SignedInPageAsync(fixture.Acme.Admin);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Dashboard");
        (await page.Locator("svg.chart").CountAsync()).ShouldBe(4);
        (await page.Locator("svg.chart rect").CountAsync()).ShouldBeGreaterThan(20);
        (await page.ContentAsync()).ShouldContain("Records synced");
        var path = await Screenshots.SaveAsync(page, "dashboard");
        new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Connection_AddedFromItsGeneratedForm_IsSavedAndTestedWithoutShowingTheSecret()
    {
        const string secret = "browser-Secret-4410";
        var page = await fixture.SignedInPageAsync(fixture.Acme.Operator);
        await page.ClickAsync("nav >> text=Connections");
        await page.ClickAsync("text=Test ERP");
        (await page.GetAttributeAsync("#setting\\.password", "type")).ShouldBe("password");
        (await page.Locator("#setting\\.company option").AllInnerTextsAsync()).ShouldBe(["EDU1", "EDU2"]);
        await page.FillAsync("#id", "erp-browser");
        await page.FillAsync("#name", "ERP from the browser");
        await page.FillAsync("#setting\\.base_url", "https://erp.acme.test");
        await page.SelectOptionAsync("#setting\\.company", "EDU2");
        await page.FillAsync("#setting\\.operator", "OPS");
        await page.FillAsync("#setting\\.password", secret);
        await page.ClickAsync("button:has-text('Save connection')");

        await page.WaitForURLAsync("**/console/connections/erp-browser?saved=1");
        (await page.InputValueAsync("#setting\\.password")).ShouldBeEmpty();
        await page.ClickAsync("button:has-text('Test connection')");
        var checks = page.Locator("tr.check");
        (await checks.CountAsync()).ShouldBe(2);
        (await checks.AllInnerTextsAsync()).ShouldContain(c => c.Contains("sign in", StringComparison.Ordinal) && c.Contains("********", StringComparison.Ordinal));
        (await page.ContentAsync()).ShouldNotContain(secret);
        (await fixture.Host.Store.Connections.GetAsync("acme", "erp-browser", TestContext.Current.CancellationToken))!.Secrets["password"].ShouldBe(secret);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FailedJob_SeenWithItsReason_IsReplayedByAnOperator()
    {
        var page = await fixture.SignedInPageAsync(fixture.Acme.Operator);
        await page.GotoAsync("/console/jobs?state=failed");
        var row = page.Locator("table.jobs tr", new() { HasText = "Unknown StockCode 'X-99'" });
        await row.Locator("a").First.ClickAsync();
        (await page.Locator("pre.payload").InnerTextAsync()).ShouldContain("X-99");
        await page.ClickAsync("button:has-text('Replay')");

        await page.WaitForURLAsync("**?done=replayed");
        (await page.Locator("td.job-state").InnerTextAsync()).ShouldBe("pending");
        (await fixture.Host.Store.Jobs.GetAsync("acme", fixture.Acme.FailedJobId, TestContext.Current.CancellationToken))!.State.ShouldBe(JobState.Pending);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task FailedJob_ForAViewer_HasNoReplayButton()
    {
        var page = await fixture.SignedInPageAsync(fixture.Globex.Viewer);
        await page.GotoAsync(FormattableString.Invariant($"/console/jobs/{fixture.Globex.FailedJobId}"));
        (await page.Locator("td.reason").InnerTextAsync()).ShouldContain("Unknown StockCode");
        (await page.Locator("button:has-text('Replay')").CountAsync()).ShouldBe(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Order_OpenedFromTheList_ShowsItsErpOrderNumberAndHistory()
    {
        var page = await fixture.SignedInPageAsync(fixture.Acme.Viewer);
        await page.ClickAsync("nav >> text=Orders");
        await page.ClickAsync("table >> text=1001");
        (await page.Locator("td.source-order-code").InnerTextAsync()).ShouldBe(fixture.Acme.SourceOrderCode);
        (await page.Locator("td.order-state").InnerTextAsync()).ShouldBe("raised");
        (await page.Locator("table.history").InnerTextAsync()).ShouldContain($"raised into the ERP as {fixture.Acme.SourceOrderCode}");
        (await page.Locator("table.links").InnerTextAsync()).ShouldContain("gid://shop/Order/555");
        await Screenshots.SaveAsync(page, "order");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Drift_ShowsDriftedProductsAndOrdersWhoseErpValueDiffers()
    {
        await Stockbridge.Web.Testing.ReconcileSeeder.SeedAsync(fixture.Host.Store, fixture.Acme.ClientId, fixture.Acme.ShopId,
            Stockbridge.Web.Testing.ReconcileSeeder.Sample, TestContext.Current.CancellationToken);
        var page = await fixture.SignedInPageAsync(fixture.Acme.Viewer);
        await page.ClickAsync("nav >> text=Drift");
        (await page.Locator("p.value-summary").First.InnerTextAsync()).ShouldContain("1 differs from what the channel charged");
        var row = await page.Locator("table.value-drift tr:has-text('#1003')").InnerTextAsync();
        row.ShouldContain("587.00");
        row.ShouldContain("597.00");
        row.ShouldContain("SKU-2: Shop 195.67, SYSPRO 205.67");
        await Screenshots.SaveAsync(page, "drift");
        await page.Context.CloseAsync();
    }
}
