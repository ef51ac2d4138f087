using System.Net;
using System.Text;
using Stockbridge.Engine.Errors;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Api.Tests.Support;

namespace Stockbridge.Web.Api.Tests.Api;

/// <summary>Bad parameters and bodies get a clear RFC 7807 answer; job errors are shown without the hub's code locations.</summary>
public sealed class ApiStrictnessTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Theory]
    [InlineData("/api/v1/jobs?limit=0")]
    [InlineData("/api/v1/jobs?limit=201")]
    [InlineData("/api/v1/products?limit=-5")]
    [InlineData("/api/v1/orders?limit=lots")]
    [InlineData("/api/v1/customers?limit=99999999999")]
    public async Task List_LimitOutsideOneTo200_Is400NamingTheParameter(string path)
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);

        var (status, body, _, type) = await client.GetJsonAsync(path);

        status.ShouldBe(HttpStatusCode.BadRequest);
        type.ShouldBe("application/problem+json");
        body!["errors"]!["limit"]![0]!.GetValue<string>().ShouldContain("from 1 to 200");
    }

    [Fact]
    public async Task List_LimitInRange_IsTaken()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);

        var (status, body, _, _) = await client.GetJsonAsync("/api/v1/products?limit=2");

        status.ShouldBe(HttpStatusCode.OK);
        body!["items"]!.AsArray().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("POST", "/api/v1/connections")]
    [InlineData("PUT", "/api/v1/connections/acme-shop")]
    public async Task Write_WithABodyThatIsNotJson_Is415(string method, string path)
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("id=x&name=y", Encoding.UTF8, "application/x-www-form-urlencoded") };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("application/json");
    }

    [Fact]
    public async Task UnknownPath_WithABodyThatIsNotJson_Is404()
    {
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);
        using var content = new StringContent("x", Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(new Uri("/api/v1/nothing-here", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GetJob_FailedWithAStamp_ShowsTheReasonWithoutWhereItWasThrown()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = fixture.Host.Store;
        var id = await store.Jobs.EnqueueAsync(new JobRequest("acme", fixture.Acme.ErpId, "order.raise", "stamp-test", "{}"), ct);
        var claimed = (await store.Jobs.ClaimAsync(new ClaimRequest("w", 100, TimeSpan.FromMinutes(1)), ct)).Single(c => c.Job.Id == id);
        string stamp;
        try
        {
            throw new InvalidOperationException("SORTOI refused the order: stock code X-1 is on hold");
        }
        catch (InvalidOperationException e)
        {
            stamp = FailureStamp.Of(e);
        }
        stamp.ShouldContain("(at ");
        await store.Jobs.FailAttemptAsync(id, claimed.LeaseToken, new JobFailure("permanent", stamp, null), ct);
        using var client = fixture.Host.CreateClient(fixture.Acme.ApiToken);

        var (status, body, raw, _) = await client.GetJsonAsync($"/api/v1/jobs/{id}");

        status.ShouldBe(HttpStatusCode.OK);
        body!["job"]!["last_error"]!.GetValue<string>().ShouldBe("InvalidOperationException: SORTOI refused the order: stock code X-1 is on hold");
        raw.ShouldNotContain("(at ");
        raw.ShouldNotContain(nameof(ApiStrictnessTests));
        (await store.Jobs.GetAsync("acme", id, ct))!.LastError.ShouldBe(stamp, "the stored job keeps the full stamp");
        (await store.Jobs.AttemptsAsync("acme", id, ct)).Single().Error.ShouldBe(stamp);
    }
}
