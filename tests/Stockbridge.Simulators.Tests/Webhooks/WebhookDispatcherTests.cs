using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Tests.Support;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Simulators.Tests.Webhooks;

public sealed class WebhookDispatcherTests
{
    private const string Secret = "s3cret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":1}");

    [Fact]
    public async Task FailedDelivery_IsRetriedOnTheSchedule_ThenAbandoned()
    {
        var time = new FakeTimeProvider();
        var receiver = new RecordingHandler(HttpStatusCode.InternalServerError);
        await using var dispatcher = Dispatcher(new WebhookDispatcherOptions { RetryDelays = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)] }, receiver, time);

        dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => receiver.Received.Count == 1, "the first attempt");
        time.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(100, TestContext.Current.CancellationToken);
        receiver.Received.Count.ShouldBe(1, "no retry before its delay");
        time.Advance(TimeSpan.FromSeconds(1));
        await Wait.UntilAsync(() => receiver.Received.Count == 2, "the first retry");
        time.Advance(TimeSpan.FromSeconds(30));
        await Wait.UntilAsync(() => dispatcher.Log.Any(l => l.Outcome == WebhookOutcomes.Abandoned), "the delivery to be abandoned");

        receiver.Received.Count.ShouldBe(3);
        dispatcher.Log.Select(l => (l.Attempt, l.Outcome)).ShouldBe([(1, "failed"), (2, "failed"), (3, "failed"), (0, "abandoned")]);
        receiver.Received.Select(r => r.Headers["X-Webhook-Id"]).Distinct().ShouldHaveSingleItem("a retry is the same delivery");
    }

    [Fact]
    public async Task Subscription_IsDisabledAfterNAbandonedDeliveriesInARow()
    {
        var receiver = new RecordingHandler(HttpStatusCode.BadGateway);
        var disabled = new List<string>();
        await using var dispatcher = Dispatcher(new WebhookDispatcherOptions { DisableAfterConsecutiveFailures = 3 }, receiver, TimeProvider.System);
        dispatcher.Disable = disabled.Add;

        for (var i = 0; i < 2; i++) dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => dispatcher.Log.Count(l => l.Outcome == "abandoned") == 2, "two abandoned deliveries");
        disabled.ShouldBeEmpty();
        dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => disabled.Count == 1, "the subscription to be disabled");

        disabled.ShouldBe(["sub-1"]);
        dispatcher.ConsecutiveFailures("sub-1").ShouldBe(3);
    }

    [Fact]
    public async Task Delivered_EndsTheRunOfFailures()
    {
        var receiver = new RecordingHandler(HttpStatusCode.InternalServerError);
        await using var dispatcher = Dispatcher(new WebhookDispatcherOptions { DisableAfterConsecutiveFailures = 2 }, receiver, TimeProvider.System);
        dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => dispatcher.ConsecutiveFailures("sub-1") == 1, "one abandoned delivery");

        receiver.Status = HttpStatusCode.OK;
        dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => dispatcher.Log.Any(l => l.Outcome == "delivered"), "a delivery");

        dispatcher.ConsecutiveFailures("sub-1").ShouldBe(0);
    }

    [Fact]
    public async Task Signers_Base64Hex_OrNone()
    {
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body);

        (await SignatureSentBy(new HmacSha256Base64Signer(Secret))).ShouldBe(Convert.ToBase64String(expected));
        (await SignatureSentBy(new HmacSha256HexSigner(Secret))).ShouldBe(Convert.ToHexStringLower(expected));
        (await SignatureSentBy(UnsignedWebhooks.Instance)).ShouldBeNull();
    }

    [Fact]
    public async Task DropFault_SendsNothing_DuplicateFault_SendsTheSameDeliveryTwice()
    {
        var receiver = new RecordingHandler(HttpStatusCode.OK);
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.WebhookDrop, Target = "orders/create", Count = 1 });
        faults.Add(new FaultRule { Kind = FaultKind.WebhookDuplicate, Target = "orders/create", Count = 1 });
        await using var dispatcher = Dispatcher(new WebhookDispatcherOptions(), receiver, TimeProvider.System, faults);

        dispatcher.Publish("orders/create", Body); // dropped
        dispatcher.Publish("orders/create", Body); // duplicated
        await Wait.UntilAsync(() => receiver.Received.Count == 2, "the duplicated delivery");
        await dispatcher.WhenIdleAsync();

        dispatcher.Log.Count(l => l.Outcome == WebhookOutcomes.Dropped).ShouldBe(1);
        dispatcher.Log.Count(l => l.Outcome == WebhookOutcomes.Duplicated).ShouldBe(1);
        receiver.Received.Select(r => r.Headers["X-Webhook-Id"]).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task MalformedFault_SendsHalfTheBody_SignedAsSent()
    {
        var receiver = new RecordingHandler(HttpStatusCode.OK);
        var faults = new FaultInjector();
        faults.Add(new FaultRule { Kind = FaultKind.WebhookMalformed, Count = 1 });
        await using var dispatcher = Dispatcher(new WebhookDispatcherOptions { Signer = new HmacSha256Base64Signer(Secret) }, receiver, TimeProvider.System, faults);

        dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => receiver.Received.Count == 1, "the delivery");

        var (headers, sent) = receiver.Received.Single();
        sent.ShouldBe(Body[..(Body.Length / 2)]);
        headers["X-Webhook-Signature"].ShouldBe(HmacSha256Base64Signer.Sign(sent, Secret));
    }

    private static async Task<string?> SignatureSentBy(IWebhookSigner signer)
    {
        var receiver = new RecordingHandler(HttpStatusCode.OK);
        await using var dispatcher = Dispatcher(new WebhookDispatcherOptions { Signer = signer }, receiver, TimeProvider.System);
        dispatcher.Publish("orders/create", Body);
        await Wait.UntilAsync(() => receiver.Received.Count == 1, "the delivery");
        return receiver.Received.Single().Headers.GetValueOrDefault("X-Webhook-Signature");
    }

    private static WebhookDispatcher Dispatcher(WebhookDispatcherOptions options, RecordingHandler receiver, TimeProvider time, FaultInjector? faults = null)
    {
        options = options with
        {
            Headers = (d, signature) => signature is null
                ? [new("X-Webhook-Id", d.WebhookId)]
                : [new("X-Webhook-Id", d.WebhookId), new("X-Webhook-Signature", signature)],
        };
        return new WebhookDispatcher(options, faults ?? new FaultInjector(), time, new HttpClient(receiver))
        {
            Targets = topic => topic == "orders/create" ? [new WebhookTarget("sub-1", "http://127.0.0.1:9/hook")] : [],
        };
    }
}
