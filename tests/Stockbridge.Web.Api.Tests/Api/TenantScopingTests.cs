using System.Net;
using Stockbridge.Web.Api.Tests.Support;

namespace Stockbridge.Web.Api.Tests.Api;

/// <summary>A token sees only its own client: another client's ids are 404 (never 403), lists never show its rows.</summary>
public sealed class TenantScopingTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    public static TheoryData<string, string> OtherClientsResources() => new()
    {
        { "GET", "/api/v1/connections/{erp}" },
        { "PUT", "/api/v1/connections/{erp}" },
        { "POST", "/api/v1/connections/{erp}/test" },
        { "POST", "/api/v1/connections/{erp}/sync" },
        { "GET", "/api/v1/orders/{order}" },
        { "GET", "/api/v1/jobs/{job}" },
        { "POST", "/api/v1/jobs/{job}/retry" },
        { "POST", "/api/v1/jobs/{job}/replay" },
    };

    [Theory]
    [MemberData(nameof(OtherClientsResources))]
    public async Task OtherClientsId_WithAcmeToken_Returns404ProblemDetails(string method, string template)
    {
        var globex = fixture.Globex;
        var path = template.Replace("{erp}", globex.ErpId, StringComparison.Ordinal)
            .Replace("{order}", Uri.EscapeDataString(globex.OrderKey), StringComparison.Ordinal)
            .Replace("{job}", globex.FailedJobId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var body = method == "PUT" ? new { name = "renamed" } : null;
        using var acme = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        using var owner = fixture.Host.CreateClient(globex.ApiToken);

        var (status, problem, _, type) = await acme.SendJsonAsync(new HttpMethod(method), path, body);

        status.ShouldBe(HttpStatusCode.NotFound);
        type.ShouldBe("application/problem+json");
        problem!["status"]!.GetValue<int>().ShouldBe(404);
        // The owner does reach it, so the 404 above is the scoping, not a missing row.
        (await owner.SendJsonAsync(new HttpMethod(method), path, body)).Status.ShouldNotBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Product_OnlyAnotherClientHas_Returns404()
    {
        using var globex = fixture.Host.CreateClient(fixture.Globex.ApiToken);
        using var acme = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        (await acme.GetJsonAsync("/api/v1/products/P005")).Status.ShouldBe(HttpStatusCode.OK);
        (await globex.GetJsonAsync("/api/v1/products/P005")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/connections")]
    [InlineData("/api/v1/products?limit=200")]
    [InlineData("/api/v1/orders")]
    [InlineData("/api/v1/jobs")]
    public async Task Lists_WithAcmeToken_NeverShowGlobexRows(string path)
    {
        using var acme = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, _, raw, _) = await acme.GetJsonAsync(path);
        status.ShouldBe(HttpStatusCode.OK);
        raw.ShouldContain("acme");
        raw.ShouldNotContain("globex");
    }

    [Fact]
    public async Task Products_WithEachToken_CountOnlyOwnRows()
    {
        using var acme = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        using var globex = fixture.Host.CreateClient(fixture.Globex.ApiToken);
        (await acme.GetJsonAsync("/api/v1/products?limit=200")).Body!["items"]!.AsArray().Count.ShouldBe(7);
        (await globex.GetJsonAsync("/api/v1/products?limit=200")).Body!["items"]!.AsArray().Count.ShouldBe(3);
    }
}
