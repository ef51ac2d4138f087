using System.Net;
using System.Net.Http.Json;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Tests.Support;

namespace Stockbridge.Simulators.Tests.Faults;

public sealed class FaultMiddlewareTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServerErrorRule_NextTwoCallsAnswer503_TheThird200()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        sim.Faults.Add(new FaultRule { Kind = FaultKind.ServerError, Status = 503, Body = "{\"error\":\"down\"}", Count = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("api/items", null, Ct);
            statuses.Add(response.StatusCode);
            if (i == 0) (await response.Content.ReadAsStringAsync(Ct)).ShouldBe("{\"error\":\"down\"}");
        }

        statuses.ShouldBe([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);
        sim.Items.ShouldBe(1);
    }

    [Fact]
    public async Task TimeoutAfterCommit_StateChangesButTheClientGetsNoAnswer()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        sim.Faults.Add(new FaultRule { Kind = FaultKind.TimeoutAfterCommit, Count = 1, HangMs = 200 });

        await Should.ThrowAsync<HttpRequestException>(() => http.PostAsync("api/items", null, Ct));

        sim.Items.ShouldBe(1);
        using var next = await http.PostAsync("api/items", null, Ct);
        (await next.Content.ReadFromJsonAsync<Count>(Ct))!.count.ShouldBe(2);
    }

    [Fact]
    public async Task ThrottleStorm_CarriesTheSystemsOwnHeaders()
    {
        var replies = new FaultReplies { ThrottleHeaders = new Dictionary<string, string> { ["Retry-After"] = "2.0" }, ThrottleBody = "slow down" };
        await using var sim = await TinySimulator.StartAsync(replies);
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        sim.Faults.Add(new FaultRule { Kind = FaultKind.Throttle, DurationMs = 60_000 });

        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync("api/items", null, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            response.Headers.GetValues("Retry-After").ShouldBe(["2.0"]);
            (await response.Content.ReadAsStringAsync(Ct)).ShouldBe("slow down");
        }
        sim.Items.ShouldBe(0);
    }

    [Fact]
    public async Task MalformedResponse_WorkIsDoneButTheBodyIsCutShort()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        sim.Faults.Add(new FaultRule { Kind = FaultKind.MalformedResponse, Count = 1 });

        using var response = await http.PostAsync("api/items", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldBe("{\"cou"); // half of {"count":1}
        sim.Items.ShouldBe(1);
    }

    [Fact]
    public async Task DropConnection_NothingIsDone()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };
        sim.Faults.Add(new FaultRule { Kind = FaultKind.DropConnection, Count = 1 });

        await Should.ThrowAsync<HttpRequestException>(() => http.PostAsync("api/items", null, Ct));
        sim.Items.ShouldBe(0);
    }

    [Fact]
    public async Task AdminFaults_AddListAndClearOverHttp()
    {
        await using var sim = await TinySimulator.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.BaseUrl };

        using var added = await http.PostAsJsonAsync("admin/faults", new { kind = "ServerError", target = "/api/items", count = 1 }, Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        using (var faulted = await http.PostAsync("api/items", null, Ct)) faulted.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        sim.Faults.Injected.ShouldBe(1);

        using var again = await http.PostAsJsonAsync("admin/faults", new { kind = "Latency", latencyMs = 1 }, Ct);
        var listed = await http.GetStringAsync("admin/faults", Ct);
        listed.ShouldContain("\"kind\":\"Latency\"");
        using var cleared = await http.DeleteAsync("admin/faults", Ct);
        cleared.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        sim.Faults.Rules.ShouldBeEmpty();

        using var bad = await http.PostAsync("admin/faults", new StringContent("{\"kind\":\"Nope\"}", System.Text.Encoding.UTF8, "application/json"), Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("FaultRule");
    }

    private sealed record Count(int count);
}
