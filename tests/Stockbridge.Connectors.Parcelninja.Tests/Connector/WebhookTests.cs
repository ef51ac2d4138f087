using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Parcelninja.Tests.Support;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>
/// Status webhooks from the simulated account (unsigned, as Parcelninja's are) into the connector: each real one is
/// confirmed by re-reading the outbound; forged ones yield nothing.
/// </summary>
public sealed class WebhookTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_event_sends_an_unsigned_status_webhook_the_connector_confirms_by_re_reading_the_outbound()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await bed.Connector.RegisterCallbackAsync(receiver.Url, Ct);
        Assert.Equal(receiver.Url, await bed.Connector.ReadCallbackAsync(Ct));
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-W"), Ct);

        bed.AdvanceSteps(4);
        var statuses = await receiver.WaitForAsync(w => w.Text.Contains("\"events\"", StringComparison.Ordinal), 5);

        Assert.Equal(5, statuses.Count);
        Assert.All(statuses, w => Assert.DoesNotContain(w.Headers.Keys, k => k.Contains("signature", StringComparison.Ordinal) || k.Contains("hmac", StringComparison.Ordinal)));
        var dispatched = statuses.Single(w => JsonNode.Parse(w.Text)!["events"]![0]!["code"]!.GetValue<int>() == 244);
        var payload = JsonNode.Parse(dispatched.Text)!;
        Assert.Equal(code, payload["clientId"]!.GetValue<string>());
        Assert.Matches("^[0-9]{14}$", payload["timeStamp"]!.GetValue<string>());
        Assert.StartsWith("https://store.parcelninja.com/tracking.aspx?WaybillNo=PN", payload["deliveryInfo"]!["trackingURL"]!.GetValue<string>(), StringComparison.Ordinal);

        var request = new WebhookRequest(dispatched.Body, dispatched.Headers);
        var verification = bed.Connector.Verify(request);
        Assert.True(verification.Valid, verification.Reason);
        Assert.Equal(ParcelninjaConnector.ShipmentTopic, verification.Topic);
        Assert.Equal($"outbound:{id}:244:{payload["events"]![0]!["timeStamp"]!.GetValue<string>()}", verification.DeliveryId);
        var events = await bed.Connector.ParseAsync(request, Ct);
        Assert.Equal(id, Assert.Single(events).ExternalId);
        Assert.Equal("open", (await bed.Connector.GetShipmentAsync(id, code, Ct)).Status);
        Assert.Equal(5, statuses.Select(w => bed.Connector.Verify(new WebhookRequest(w.Body, w.Headers)).DeliveryId).Distinct().Count());
    }

    [Fact]
    public async Task A_forged_post_for_an_outbound_that_does_not_exist_or_under_another_order_number_yields_nothing()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-W"), Ct);

        var unknown = Forged("999999", code);
        var otherOrder = Forged(id, "SOMEONE-ELSE");

        Assert.True(bed.Connector.Verify(unknown).Valid);
        Assert.Empty(await bed.Connector.ParseAsync(unknown, Ct));
        Assert.Empty(await bed.Connector.ParseAsync(otherOrder, Ct));
        Assert.Single(await bed.Connector.ParseAsync(Forged(id, code), Ct));
        Assert.Equal("pending", (await bed.Connector.GetShipmentAsync(id, code, Ct)).Status);
    }

    [Fact]
    public async Task A_payload_that_is_neither_shape_or_not_json_is_rejected_with_a_reason()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var empty = new Dictionary<string, string>();

        Assert.False(bed.Connector.Verify(new WebhookRequest(Encoding.UTF8.GetBytes("{\"hello\":1}"), empty)).Valid);
        var broken = bed.Connector.Verify(new WebhookRequest(Encoding.UTF8.GetBytes("{\"id\":"), empty));
        Assert.False(broken.Valid);
        Assert.Contains("not JSON", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stock_adjustment_the_hub_did_not_cause_arrives_and_is_confirmed_against_the_inventory()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(bed, receiver.Url);

        bed.Warehouse.SetStock("SKU-S", 12, "Stock Put Away");
        bed.Warehouse.SetStock("SKU-S", 9, "CYCLE_COUNT");
        var adjustments = await receiver.WaitForAsync(w => w.Text.Contains("\"sku\"", StringComparison.Ordinal), 2);

        var count = JsonNode.Parse(adjustments.Single(w => w.Text.Contains("CYCLE_COUNT", StringComparison.Ordinal)).Text)!;
        Assert.Equal(12, count["oldQuantity"]!.GetValue<int>());
        Assert.Equal(9, count["newQuantity"]!.GetValue<int>());
        Assert.Equal(-3, count["change"]!.GetValue<int>());
        Assert.Equal("InStock", count["stockType"]!.GetValue<string>());
        var request = new WebhookRequest(Encoding.UTF8.GetBytes(count.ToJsonString()), new Dictionary<string, string>());
        Assert.Equal(ParcelninjaConnector.StockTopic, bed.Connector.Verify(request).Topic);
        Assert.Equal("SKU-S", Assert.Single(await bed.Connector.ParseAsync(request, Ct)).ExternalId);
    }

    [Fact]
    public async Task A_duplicated_delivery_carries_the_same_deduplication_key()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(bed, receiver.Url);
        bed.Simulator.Faults.Add(new FaultRule { Kind = FaultKind.WebhookDuplicate, Target = "outbound-status", Count = 1 });

        await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(ParcelninjaTestBed.Code(), "SKU-W"), Ct);
        var posts = await receiver.WaitForAsync(w => w.Text.Contains("\"events\"", StringComparison.Ordinal), 2);

        Assert.Equal(2, posts.Count);
        Assert.Single(posts.Select(w => bed.Connector.Verify(new WebhookRequest(w.Body, w.Headers)).DeliveryId).Distinct());
    }

    private static WebhookRequest Forged(string id, string clientId) => new(Encoding.UTF8.GetBytes(new JsonObject
    {
        ["id"] = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture),
        ["clientId"] = clientId,
        ["timeStamp"] = "20261207090000",
        ["events"] = new JsonArray(new JsonObject { ["code"] = 244, ["timeStamp"] = "20261207090000", ["description"] = "Dispatched with Courier" }),
        ["deliveryInfo"] = new JsonObject { ["trackingURL"] = "https://evil.example/", ["waybillNumber"] = "FAKE" },
    }.ToJsonString()), new Dictionary<string, string>());

    private static async Task RegisterAsync(ParcelninjaTestBed bed, Uri hook)
    {
        using var http = SimulatorHttp.Client(bed.Simulator);
        using var response = await http.PostAsJsonAsync("hooks", new { hookUrl = hook.ToString() }, Ct);
        response.EnsureSuccessStatusCode();
    }
}
