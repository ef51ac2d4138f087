using System.Net;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Api;

public sealed class ConnectionApiTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    private const string Secret = "Pa55-w0rd-never-shown";

    [Fact]
    public async Task Create_ValidAgainstManifest_StoresItAndNeverReturnsTheSecret()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, raw, _) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections", new
        {
            id = "acme-erp-2", connector_key = TestErpConnectorFactory.Key, name = "Second ERP",
            settings = new Dictionary<string, string> { ["base_url"] = "https://erp.acme.test", ["company"] = "EDU2", ["operator"] = "OPS", ["password"] = Secret },
        });

        status.ShouldBe(HttpStatusCode.Created);
        raw.ShouldNotContain(Secret);
        body!["settings"]!["company"]!.GetValue<string>().ShouldBe("EDU2");
        body["settings"]!["batch_size"]!.GetValue<string>().ShouldBe("500");
        body["secrets_set"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["password"]);
        var stored = await fixture.Host.Store.Connections.GetAsync("acme", "acme-erp-2", TestContext.Current.CancellationToken);
        stored!.Secrets["password"].ShouldBe(Secret);
        (await client.GetJsonAsync("/api/v1/connections/acme-erp-2")).Raw.ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Create_InvalidAgainstManifest_Returns400WithEachProblem()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, type) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections", new
        {
            id = "acme-bad", connector_key = TestErpConnectorFactory.Key,
            settings = new Dictionary<string, string> { ["base_url"] = "ftp://nope", ["company"] = "EDU9", ["batch_size"] = "many", ["colour"] = "red" },
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        type.ShouldBe("application/problem+json");
        var errors = body!["errors"]!.AsObject();
        errors.Select(e => e.Key).Order().ShouldBe(["base_url", "batch_size", "colour", "company", "operator", "password"]);
        (await fixture.Host.Store.Connections.GetAsync("acme", "acme-bad", TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task Create_WithAnotherClientsId_IsRefusedAndLeavesItAlone()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections", new
        {
            id = fixture.Globex.ShopId, connector_key = TestShopConnectorFactory.Key,
            settings = new Dictionary<string, string> { ["shop_domain"] = "evil.test", ["access_token"] = "x" },
        });
        status.ShouldBe(HttpStatusCode.BadRequest);
        // The same words as for an id the client holds itself: nothing says another client has it.
        var (_, own, _, _) = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/connections", new
        {
            id = fixture.Acme.ShopId, connector_key = TestShopConnectorFactory.Key,
            settings = new Dictionary<string, string> { ["shop_domain"] = "acme2.test", ["access_token"] = "x" },
        });
        body!["errors"]!["id"]!.ToJsonString().Replace(fixture.Globex.ShopId, "<id>", StringComparison.Ordinal)
            .ShouldBe(own!["errors"]!["id"]!.ToJsonString().Replace(fixture.Acme.ShopId, "<id>", StringComparison.Ordinal));
        body.ToJsonString().ShouldNotContain("taken");
        body.ToJsonString().ShouldNotContain("another client");
        var globex = await fixture.Host.Store.Connections.GetAsync("globex", fixture.Globex.ShopId, TestContext.Current.CancellationToken);
        globex!.Settings["shop_domain"].ShouldBe("globex.myshop.test");
    }

    [Fact]
    public async Task Update_BlankSecret_KeepsTheStoredSecret()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/connections/{fixture.Acme.ShopId}", new
        {
            name = "Main shop", settings = new Dictionary<string, string> { ["shop_domain"] = "acme.myshop.test", ["access_token"] = "" },
        });
        status.ShouldBe(HttpStatusCode.OK);
        body!["name"]!.GetValue<string>().ShouldBe("Main shop");
        var stored = await fixture.Host.Store.Connections.GetAsync("acme", fixture.Acme.ShopId, TestContext.Current.CancellationToken);
        stored!.Secrets["access_token"].ShouldBe(fixture.Acme.ShopToken);
    }

    [Fact]
    public async Task Test_RunsEachCheckAndScrubsSecretsFromDetails()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, raw, _) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/connections/{fixture.Acme.ErpId}/test");
        status.ShouldBe(HttpStatusCode.OK);
        body!["ok"]!.GetValue<bool>().ShouldBeTrue();
        body["checks"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["web service", "sign in"]);
        raw.ShouldNotContain(fixture.Acme.ErpPassword);
        raw.ShouldContain("********");
    }

    [Fact]
    public async Task SyncNow_SourceConnection_EnqueuesASourcePullJob()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/connections/{fixture.Acme.ErpId}/sync");
        status.ShouldBe(HttpStatusCode.Accepted);
        var job = await fixture.Host.Store.Jobs.GetAsync("acme", body!["job_id"]!.GetValue<long>(), TestContext.Current.CancellationToken);
        job!.Kind.ShouldBe("source.pull");
        job.ConnectionId.ShouldBe(fixture.Acme.ErpId);
        job.Payload.ShouldBe("{}");
    }

    [Fact]
    public async Task SyncNow_ChannelConnection_Returns400()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        (await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/connections/{fixture.Acme.ShopId}/sync")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
