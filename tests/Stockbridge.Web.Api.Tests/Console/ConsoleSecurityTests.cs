using System.Net;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Console;

public sealed class ConsoleSecurityTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    private string JobPath(SeedData seed) => FormattableString.Invariant($"/console/jobs/{seed.FailedJobId}");

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/orders")]
    [InlineData("/console/jobs?state=failed")]
    public async Task Page_WithoutSignIn_RedirectsToLogin(string path)
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        using var response = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Host.BaseAddress }
            .GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/console/login");
    }

    [Fact]
    public async Task SignIn_WrongPassword_IsRefusedWithoutACookie()
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        using var response = await session.SignInAsync(fixture.Acme.Admin, "wrong password!");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        session.Cookies.GetAllCookies().ShouldNotContain(c => c.Name == "__stockbridge");
    }

    [Fact]
    public async Task SignIn_RightPassword_SetsAnHttpOnlySameSiteStrictCookie()
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        using var response = await session.SignInAsync(fixture.Acme.Admin, SeedData.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__stockbridge=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        (await session.GetAsync("/console")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400AndChangesNothing()
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        (await session.SignInAsync(fixture.Acme.Operator, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var response = await session.PostAsync(JobPath(fixture.Acme) + "/replay", []);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await fixture.Host.Store.Jobs.GetAsync("acme", fixture.Acme.FailedJobId, TestContext.Current.CancellationToken))!.State.ShouldBe(JobState.Failed);
    }

    [Fact]
    public async Task Viewer_ReplayWithAValidForm_IsRefusedAndSeesNoButton()
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        (await session.SignInAsync(fixture.Acme.Viewer, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, page) = await session.GetAsync(JobPath(fixture.Acme));
        page.ShouldContain("Unknown StockCode");
        page.ShouldNotContain(">Replay<");
        var token = await session.TokenOfAsync(JobPath(fixture.Acme));

        using var response = await session.PostAsync(JobPath(fixture.Acme) + "/replay", new() { ["__af"] = token });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/console/denied");
        (await fixture.Host.Store.Jobs.GetAsync("acme", fixture.Acme.FailedJobId, TestContext.Current.CancellationToken))!.State.ShouldBe(JobState.Failed);
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("jobs")]
    [InlineData("connections")]
    [InlineData("products")]
    public async Task Page_OfAnotherClientsRecord_Returns404(string kind)
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        (await session.SignInAsync(fixture.Globex.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var path = kind switch
        {
            "orders" => $"/console/orders/{Uri.EscapeDataString(fixture.Acme.OrderKey)}",
            "jobs" => JobPath(fixture.Acme),
            "connections" => $"/console/connections/{fixture.Acme.ErpId}",
            _ => "/console/products/P007",
        };
        var (status, html) = await session.GetAsync(path);
        status.ShouldBe(HttpStatusCode.NotFound);
        // The page may repeat the id asked for, but nothing of acme's data.
        foreach (var data in new[] { fixture.Acme.SourceOrderCode, "Unknown StockCode", "acme widget", "127.0.0.1:9/erp", "acme Ltd" })
            html.ShouldNotContain(data);
    }
}
