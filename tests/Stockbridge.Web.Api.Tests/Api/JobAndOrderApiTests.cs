using System.Net;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Api.Tests.Support;

namespace Stockbridge.Web.Api.Tests.Api;

public sealed class JobAndOrderApiTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Fact]
    public async Task Jobs_FilteredByFailed_ShowReasonAndPayload()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.GetJsonAsync("/api/v1/jobs?state=failed");
        status.ShouldBe(HttpStatusCode.OK);
        var job = body!["items"]!.AsArray().Single(j => j!["id"]!.GetValue<long>() == fixture.Acme.FailedJobId)!;
        job["state"]!.GetValue<string>().ShouldBe("failed");
        job["last_error"]!.GetValue<string>().ShouldContain("Unknown StockCode 'X-99'");
        job["payload"]!.GetValue<string>().ShouldContain("X-99");
    }

    [Fact]
    public async Task GetJob_ShowsItsAttempts()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.GetJsonAsync($"/api/v1/jobs/{fixture.Acme.FailedJobId}");
        status.ShouldBe(HttpStatusCode.OK);
        var attempt = body!["attempts"]!.AsArray().Single()!;
        attempt["outcome"]!.GetValue<string>().ShouldBe("permanent");
    }

    [Fact]
    public async Task Replay_FailedJob_MakesItPendingAndReplayingAPendingJobIs409()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.Host.CreateClient(fixture.Globex.ApiToken);
        var (status, body, _, _) = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/jobs/{fixture.Globex.FailedJobId}/replay");
        status.ShouldBe(HttpStatusCode.OK);
        body!["state"]!.GetValue<string>().ShouldBe("pending");
        (await fixture.Host.Store.Jobs.GetAsync("globex", fixture.Globex.FailedJobId, ct))!.State.ShouldBe(JobState.Pending);

        var again = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/jobs/{fixture.Globex.FailedJobId}/replay");
        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task GetOrder_ShowsStateSourceOrderNumberAndHistory()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        var (status, body, _, _) = await client.GetJsonAsync($"/api/v1/orders/{Uri.EscapeDataString(fixture.Acme.OrderKey)}");
        status.ShouldBe(HttpStatusCode.OK);
        body!["order"]!["state"]!.GetValue<string>().ShouldBe("raised");
        body["order"]!["source_order_code"]!.GetValue<string>().ShouldBe(fixture.Acme.SourceOrderCode);
        body["record"]!["links"]!.AsArray().Single()!["connection_id"]!.GetValue<string>().ShouldBe(fixture.Acme.ShopId);
        body["record"]!["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()).ShouldContain("raised");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        using var client = fixture.Host.CreateClient();
        var (status, body, _, _) = await client.GetJsonAsync("/openapi/v1.json");
        status.ShouldBe(HttpStatusCode.OK);
        var paths = body!["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/v1/connections");
        paths.ShouldContain("/api/v1/jobs/{id}/replay");
        paths.ShouldContain("/api/v1/orders/{key}");
        paths.ShouldNotContain(p => p.StartsWith("/console", StringComparison.Ordinal));
    }
}
