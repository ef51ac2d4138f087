using System.Net;
using System.Text.RegularExpressions;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Console;

public sealed partial class UserPagesTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Fact]
    public async Task Admin_AddsAUser_WhoCanThenSignIn()
    {
        using var admin = new ConsoleSession(fixture.Host.BaseAddress);
        (await admin.SignInAsync(fixture.Acme.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var added = await admin.PostAsync("/console/users", new()
        {
            ["__af"] = await admin.TokenOfAsync("/console/users"), ["email"] = "new.operator@acme.test", ["password"] = "another long one", ["role"] = "operator",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var newcomer = new ConsoleSession(fixture.Host.BaseAddress);
        (await newcomer.SignInAsync("new.operator@acme.test", "another long one")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await newcomer.GetAsync("/console")).Html.ShouldContain("new.operator@acme.test · operator · client acme");
    }

    [Fact]
    public async Task Operator_OpeningUsers_IsDenied()
    {
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        (await session.SignInAsync(fixture.Acme.Operator, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (status, _) = await session.GetAsync("/console/users");
        status.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Admin_CreatesAToken_ShownOnceAndUsable_ThenRevokesIt()
    {
        using var admin = new ConsoleSession(fixture.Host.BaseAddress);
        (await admin.SignInAsync(fixture.Globex.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var created = await admin.PostAsync("/console/users/tokens", new() { ["__af"] = await admin.TokenOfAsync("/console/users"), ["name"] = "reporting" });
        var token = NewToken().Match(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Groups[1].Value;
        token.ShouldStartWith("sbk_");
        (await admin.GetAsync("/console/users")).Html.ShouldNotContain(token);
        using var api = fixture.Host.CreateClient(token);
        (await api.GetJsonAsync("/api/v1/connections")).Status.ShouldBe(HttpStatusCode.OK);

        var stored = (await fixture.Host.Store.Access.ListTokensAsync("globex", TestContext.Current.CancellationToken)).Single(t => t.Name == "reporting");
        using var revoked = await admin.PostAsync($"/console/users/tokens/{stored.Id}/revoke", new() { ["__af"] = await admin.TokenOfAsync("/console/users") });
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetJsonAsync("/api/v1/connections")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [GeneratedRegex("<code class=\"new-token\">([^<]+)</code>")]
    private static partial Regex NewToken();
}
