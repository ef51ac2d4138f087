using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Stockbridge.Engine.Testing;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Tests.Support;

namespace Stockbridge.Web.Tests.Webhooks;

public sealed class WebhookIntakeTests
{
    private const string Shop = "shop-1";

    [Fact]
    public async Task Post_ValidSignature_200AfterTheDeliveryAndItsJobAreStored()
    {
        await using var host = await IntakeHost.StartAsync();
        await host.Store.AddConnectionAsync(Shop);
        var body = TestOrders.Body("#1001");
        using var request = HmacSigner.Request(Shop, TestStore.Secret, body, "delivery-1");
        request.Headers.Authorization = new("Bearer", "do-not-store-me");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        ack.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
        var entry = (await host.Hub.Inbox.GetAsync(TestStore.ClientId, ack.GetProperty("inbox_id").GetInt64(), CancellationToken.None)).ShouldNotBeNull();
        entry.Delivery.Body.ShouldBe(body);
        entry.Delivery.DeliveryId.ShouldBe("delivery-1");
        entry.Delivery.Topic.ShouldBe("orders/create");
        var headers = StoredHeaders.Parse(entry.Delivery.HeadersJson);
        headers["x-test-delivery-id"].ShouldBe("delivery-1");
        headers.ShouldNotContainKey("authorization");
        var job = (await host.Hub.Jobs.GetAsync(TestStore.ClientId, entry.JobId, CancellationToken.None)).ShouldNotBeNull();
        job.Kind.ShouldBe(WebhookJobKinds.Process);
        job.State.ShouldBe(JobState.Pending, "nothing is processed on the request thread");
    }

    [Fact]
    public async Task Post_RepeatedDeliveryId_200AndOnlyOneRow()
    {
        await using var host = await IntakeHost.StartAsync();
        await host.Store.AddConnectionAsync(Shop);
        using var first = await host.PostAsync(Shop, TestOrders.Body("#1"), "same-id");
        using var second = await host.PostAsync(Shop, TestOrders.Body("#1"), "same-id");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var b = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        b.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        b.GetProperty("inbox_id").GetInt64().ShouldBe(a.GetProperty("inbox_id").GetInt64());
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, Shop, CancellationToken.None)).ShouldBe(1);
        (await host.Hub.Jobs.CountByStateAsync(TestStore.ClientId, CancellationToken.None)).Values.Sum().ShouldBe(1);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData(null)]
    public async Task Post_BadOrMissingSignature_401AndInboxEmpty(string? secret)
    {
        await using var host = await IntakeHost.StartAsync();
        await host.Store.AddConnectionAsync(Shop);
        using var request = HmacSigner.Request(Shop, secret ?? "x", TestOrders.Body("#2"), "d-2");
        if (secret is null) request.Headers.Remove(HmacSigner.SignatureHeader);

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, Shop, CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Post_BodyTamperedAfterSigning_401()
    {
        await using var host = await IntakeHost.StartAsync();
        await host.Store.AddConnectionAsync(Shop);
        using var request = HmacSigner.Request(Shop, TestStore.Secret, TestOrders.Body("#3"), "d-3");
        request.Content = new ByteArrayContent(TestOrders.Body("#3", notes: "changed"));
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_BodyOverLimit_413ProblemAndNothingStored(bool chunked)
    {
        await using var host = await IntakeHost.StartAsync(maxBodyBytes: 4096);
        await host.Store.AddConnectionAsync(Shop);
        var body = Encoding.UTF8.GetBytes(new string('x', 5000));
        using var request = HmacSigner.Request(Shop, TestStore.Secret, body, "big");
        if (chunked) request.Content = new StreamContent(new MemoryStream(body));
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("status").GetInt32().ShouldBe(413);
        problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("4096");
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, Shop, CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task Post_UnknownDisabledOrWebhooklessConnection_AnswersExactlyAsABadSignature()
    {
        await using var host = await IntakeHost.StartAsync();
        await host.Store.AddConnectionAsync(Shop);
        await host.Store.AddConnectionAsync("off", enabled: false);
        await host.Store.AddConnectionAsync("erp", PlainTestConnectorFactory.Key);
        using var badSignature = await host.PostAsync(Shop, TestOrders.Body("#4"), "d-4", secret: "wrong-secret");
        var expected = await badSignature.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        badSignature.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        foreach (var id in (string[])["nope", "off", "erp"])
        {
            using var response = await host.PostAsync(id, TestOrders.Body("#4"), "d-4");
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, id);
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(expected, id);
        }
    }

    [Fact]
    public async Task Post_ManyAtOnce_GroupCommitStoresEveryOneBeforeItsAck()
    {
        await using var host = await IntakeHost.StartAsync();
        await host.Store.AddConnectionAsync(Shop);
        var posts = Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await host.PostAsync(Shop, TestOrders.Body($"#{i}"), $"burst-{i}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var ack = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            var entry = await host.Hub.Inbox.GetAsync(TestStore.ClientId, ack.GetProperty("inbox_id").GetInt64(), CancellationToken.None);
            entry.ShouldNotBeNull().Delivery.DeliveryId.ShouldBe($"burst-{i}");
        });
        await Task.WhenAll(posts);
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, Shop, CancellationToken.None)).ShouldBe(200);
    }

    [Fact]
    public async Task Post_WithWorkersRunning_OrderBecomesAHubRecord()
    {
        await using var host = await IntakeHost.StartAsync(runWorkers: true);
        await host.Store.AddConnectionAsync(Shop);
        using var response = await host.PostAsync(Shop, TestOrders.Body("#5001"), "e2e-1");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var key = OrderRecordSink.OrderKey(Shop, "#5001");
        var deadline = Environment.TickCount64 + 15_000;
        while (await host.Hub.Records.GetAsync(TestStore.ClientId, "order", key, CancellationToken.None) is null)
        {
            if (Environment.TickCount64 > deadline) throw new TimeoutException("the order was not processed within 15 s");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
