using System.Net;
using Stockbridge.Web.Api.Tests.Support;

namespace Stockbridge.Web.Api.Tests.Api;

public sealed class AuthenticationTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Theory]
    [InlineData("/api/v1/connections")]
    [InlineData("/api/v1/products")]
    [InlineData("/api/v1/orders")]
    [InlineData("/api/v1/jobs")]
    [InlineData("/api/v1/clients")]
    [InlineData("/api/v1/no-such-thing")]
    public async Task Get_WithoutToken_Returns401ProblemDetails(string path)
    {
        using var client = fixture.Host.CreateClient();
        var (status, body, _, type) = await client.GetJsonAsync(path);
        status.ShouldBe(HttpStatusCode.Unauthorized);
        type.ShouldBe("application/problem+json");
        body!["status"]!.GetValue<int>().ShouldBe(401);
        body["title"]!.GetValue<string>().ShouldBe("Authentication required");
    }

    [Theory]
    [InlineData("sbk_not-a-real-token")]
    [InlineData("")]
    public async Task Get_WithBadToken_Returns401(string token)
    {
        using var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        var (status, _, _, type) = await client.GetJsonAsync("/api/v1/connections");
        status.ShouldBe(HttpStatusCode.Unauthorized);
        type.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Get_WithRevokedToken_Returns401()
    {
        var (token, secret) = await Stockbridge.Web.Security.AccessProvisioning.CreateTokenAsync(
            fixture.Host.Store, fixture.Acme.ClientId, "to revoke", TimeProvider.System, TestContext.Current.CancellationToken);
        using var client = fixture.Host.CreateClient(secret);
        (await client.GetJsonAsync("/api/v1/clients")).Status.ShouldBe(HttpStatusCode.OK);

        (await fixture.Host.Store.Access.RevokeTokenAsync(fixture.Acme.ClientId, token.Id, TimeProvider.System.GetUtcNow(), TestContext.Current.CancellationToken)).ShouldBeTrue();

        (await client.GetJsonAsync("/api/v1/clients")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Clients_WithToken_ShowsOnlyTheTokensOwnClient()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.GetJsonAsync("/api/v1/clients");
        status.ShouldBe(HttpStatusCode.OK);
        body!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ShouldBe(["acme"]);
        (await client.GetJsonAsync("/api/v1/clients/globex")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownApiRoute_WithToken_Returns404ProblemDetails()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, type) = await client.GetJsonAsync("/api/v1/no-such-thing");
        status.ShouldBe(HttpStatusCode.NotFound);
        type.ShouldBe("application/problem+json");
        body!["status"]!.GetValue<int>().ShouldBe(404);
    }
}
