using System.Net;
using System.Net.Http.Headers;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Takealot.Simulator.Hosting;
using Stockbridge.Connectors.Takealot.Tests.Support;

namespace Stockbridge.Connectors.Takealot.Tests;

/// <summary>Takealot's limits with their own simulators: 429 past the rate limit, and a webhook failing over 80 % of the time disabled.</summary>
public sealed class RateLimitAndWebhookPolicyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Past_the_limit_the_API_answers_429_with_no_requests_remaining_and_the_connector_is_told_to_wait()
    {
        await using var simulator = (TakealotSimulator)await new TakealotSimulatorDescriptor().StartAsync(new SimulatorStart { Arguments = ["--rate-limit", "2"] }, Ct);
        using var http = new HttpClient { BaseAddress = simulator.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Key", simulator.Keys.Current);
        (await http.GetAsync("v2/offers/count", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await http.GetAsync("v2/offers/count", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var refused = await http.GetAsync("v2/offers/count", Ct);
        var connector = new TakealotConnectorFactory().Create(new ConnectionContext("c", "t", simulator.ConnectionSettings, new HttpClient(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        var limited = await Should.ThrowAsync<Errors.RateLimitedException>(() => ((TakealotConnector)connector).ReadSnapshotsAsync(["ANY"], Ct));

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.GetValues("x-RateLimit-Remaining").ShouldBe(["0"]);
        limited.Message.ShouldContain("429");
    }

    [Fact]
    public async Task A_webhook_failing_more_than_80_percent_of_deliveries_is_disabled_by_Takealot()
    {
        await using var simulator = (TakealotSimulator)await new TakealotSimulatorDescriptor().StartAsync(
            new SimulatorStart { RetryDelays = [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10)] }, Ct);
        // Nothing listens on the discard port of loopback: every delivery fails and is retried 3 times, then abandoned.
        await simulator.SubscribeOrderWebhooksAsync(new Uri("http://127.0.0.1:9/hook"), Ct);
        var connector = new TakealotConnectorFactory().Create(new ConnectionContext("c", "t", simulator.ConnectionSettings, new HttpClient(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance));
        var sku = Products.Sku("W");
        await ((TakealotConnector)connector).PushProductsAsync([Products.Push(sku, 10m, 100m)], Ct);

        for (var i = 0; i < 6 && simulator.State.Read(s => s.Webhooks[0].Status) == "Active"; i++)
        {
            await simulator.Webhooks.Dispatcher.WhenIdleAsync();
            await simulator.PlaceOrderAsync(new ShopperOrder([new ShopperLine(sku, 1)]), Ct);
        }

        simulator.State.Read(s => s.Webhooks[0].Status).ShouldBe("Disabled by Takealot");
        simulator.Webhooks.Dispatcher.Log.Count(r => r.Outcome == "failed").ShouldBeGreaterThanOrEqualTo(5 * 4);
    }
}
