using Microsoft.Playwright;
using Stockbridge.Web.Testing;

namespace Stockbridge.Console.BrowserTests;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, never a downloaded browser) driven by Playwright, headless, against a
/// running hub seeded with two clients. A missing Chromium fails the tests; it never skips them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public WebTestHost Host { get; private set; } = null!;
    public SeedData Acme { get; private set; } = null!;
    public SeedData Globex { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (eng/test.sh does it with apt-get).");
        Host = await WebTestHost.StartAsync();
        Acme = await SeedData.SeedAsync(Host.Store, "acme", 12);
        Globex = await SeedData.SeedAsync(Host.Store, "globex", 2);
        await HistorySeeder.SeedAsync(Host.Store.Describe()["sqlite:".Length..], Acme.ClientId, Acme.ShopId);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with a page signed in as <paramref name="email"/>.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000); // generous: on a loaded 2-core machine a page action once took more than 15 s
        await page.GotoAsync("/console");
        await page.WaitForURLAsync("**/console/login**");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", SeedData.Password);
        await page.ClickAsync("button:has-text('Sign in')");
        await page.WaitForURLAsync(url => url.EndsWith("/console", StringComparison.Ordinal));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}
