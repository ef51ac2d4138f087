using System.Net;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Security;

/// <summary>Creates connections with known secrets (console form and API), then reads every page and answer and the log.</summary>
public sealed class SecretsNeverShownTests
{
    private const string FormSecret = "form-Secret-7731xq";
    private const string ApiSecret = "api-Secret-5521zw";

    [Fact]
    public async Task EveryPageAnswerAndLogLine_AfterSavingAndTestingConnections_HoldsNoSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await WebTestHost.StartAsync(cancellationToken: ct);
        var seed = await SeedData.SeedAsync(host.Store, "acme", 3, ct);
        using var session = new ConsoleSession(host.BaseAddress);
        (await session.SignInAsync(seed.Admin, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var seen = new List<string>();

        var token = await session.TokenOfAsync("/console/connections/new/testerp");
        using (var created = await session.PostAsync("/console/connections/new/testerp", new()
        {
            ["__af"] = token, ["id"] = "erp-form", ["name"] = "Form ERP", ["setting.base_url"] = "https://erp.test",
            ["setting.company"] = "EDU1", ["setting.operator"] = "OPS", ["setting.password"] = FormSecret, ["setting.batch_size"] = "100",
        }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            seen.Add(await created.Content.ReadAsStringAsync(ct));
        }
        using var api = host.CreateClient(seed.ApiToken);
        seen.Add((await api.SendJsonAsync(HttpMethod.Post, "/api/v1/connections", new
        {
            id = "erp-api", connector_key = "testerp",
            settings = new Dictionary<string, string> { ["base_url"] = "https://erp.test", ["company"] = "EDU2", ["operator"] = "OPS", ["password"] = ApiSecret },
        })).Raw);
        foreach (var id in new[] { "erp-form", "erp-api", seed.ErpId, seed.ShopId })
        {
            using var tested = await session.PostAsync($"/console/connections/{id}/test", new() { ["__af"] = await session.TokenOfAsync($"/console/connections/{id}") });
            tested.StatusCode.ShouldBe(HttpStatusCode.OK);
            seen.Add(await tested.Content.ReadAsStringAsync(ct));
            seen.Add((await api.SendJsonAsync(HttpMethod.Post, $"/api/v1/connections/{id}/test")).Raw);
            seen.Add((await api.GetJsonAsync($"/api/v1/connections/{id}")).Raw);
            seen.Add((await session.GetAsync($"/console/connections/{id}")).Html);
        }
        foreach (var page in new[] { "/console", "/console/connections", "/console/products", "/console/orders", "/console/jobs",
                     $"/console/orders/{Uri.EscapeDataString(seed.OrderKey)}", FormattableString.Invariant($"/console/jobs/{seed.FailedJobId}") })
            seen.Add((await session.GetAsync(page)).Html);
        foreach (var answer in new[] { "/api/v1/connections", "/api/v1/jobs", "/api/v1/orders", "/openapi/v1.json" })
            seen.Add((await api.GetJsonAsync(answer)).Raw);

        seen.ShouldContain(s => s.Contains("********", StringComparison.Ordinal)); // the connector did echo a secret, and it was masked
        var everything = string.Join("\n", seen.Concat(host.Logs.Lines));
        foreach (var secret in new[] { FormSecret, ApiSecret, seed.ErpPassword, seed.ShopToken, seed.ApiToken, SeedData.Password })
            everything.ShouldNotContain(secret);
        (await host.Store.Connections.GetAsync("acme", "erp-form", ct))!.Secrets["password"].ShouldBe(FormSecret);
    }
}
