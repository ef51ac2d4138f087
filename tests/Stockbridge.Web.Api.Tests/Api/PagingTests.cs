using System.Net;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Api.Tests.Support;

namespace Stockbridge.Web.Api.Tests.Api;

public sealed class PagingTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(50)]
    public async Task Products_WalkingNextLinks_SeesEveryRowOnce(int limit)
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var seen = new List<string>();
        string? next = $"/api/v1/products?limit={limit}";
        var pages = 0;
        while (next is not null)
        {
            var (status, body, _, _) = await client.GetJsonAsync(next);
            status.ShouldBe(HttpStatusCode.OK);
            var items = body!["items"]!.AsArray();
            items.Count.ShouldBeLessThanOrEqualTo(limit);
            seen.AddRange(items.Select(i => i!["key"]!.GetValue<string>()));
            next = body["next"]?.GetValue<string>();
            (++pages).ShouldBeLessThan(20);
        }
        seen.ShouldBe(["P001", "P002", "P003", "P004", "P005", "P006", "P007"]);
    }

    [Fact]
    public async Task Jobs_WalkingNextLinksWithAFilter_SeesEveryMatchingJobOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
            ids.Add(await fixture.Host.Store.Jobs.EnqueueAsync(new JobRequest("acme", fixture.Acme.ShopId, "paging.test", null, "{}"), ct));
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var seen = new List<long>();
        string? next = "/api/v1/jobs?kind=paging.test&state=pending&limit=2";
        while (next is not null)
        {
            var (status, body, _, _) = await client.GetJsonAsync(next);
            status.ShouldBe(HttpStatusCode.OK);
            seen.AddRange(body!["items"]!.AsArray().Select(j => j!["id"]!.GetValue<long>()));
            next = body["next"]?.GetValue<string>();
            next?.ShouldContain("kind=paging.test");
        }
        seen.ShouldBe(ids.OrderDescending());
    }

    [Fact]
    public async Task Jobs_WithUnknownState_Returns400ValidationProblem()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, type) = await client.GetJsonAsync("/api/v1/jobs?state=exploded");
        status.ShouldBe(HttpStatusCode.BadRequest);
        type.ShouldBe("application/problem+json");
        body!["errors"]!["state"].ShouldNotBeNull();
    }
}
