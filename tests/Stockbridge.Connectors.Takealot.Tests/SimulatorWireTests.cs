using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Takealot.Tests.Support;

namespace Stockbridge.Connectors.Takealot.Tests;

/// <summary>The simulator's wire behaviour as Takealot documents it: keys per API version, rate-limit headers, batch and page limits, errors.</summary>
public sealed class SimulatorWireTests(TakealotFixture fixture) : IClassFixture<TakealotFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await fixture.Http.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    [Fact]
    public async Task Each_API_version_takes_its_own_key_header_and_every_answer_carries_the_rate_limit_headers()
    {
        var v2 = await SendAsync(fixture.V2(HttpMethod.Get, "v2/offers/count"));
        var v2WithBearer = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "v2/offers/count") { Headers = { { "Authorization", "Bearer " + fixture.Simulator.Keys.Current } } });
        var v1 = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "v1/status") { Headers = { { "X-API-Key", fixture.Simulator.Keys.Current } } });
        var v1WithV2Header = await SendAsync(fixture.V2(HttpMethod.Get, "v1/status"));

        v2.Status.ShouldBe(HttpStatusCode.OK);
        v1.Status.ShouldBe(HttpStatusCode.OK);
        v2WithBearer.Status.ShouldBe(HttpStatusCode.Forbidden);
        v2WithBearer.Body!["message"]!.GetValue<string>().ShouldContain("Authorization: Key");
        v1WithV2Header.Status.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var answer in new[] { v2, v2WithBearer, v1, v1WithV2Header })
            foreach (var header in new[] { "x-RateLimit-Limit", "x-RateLimit-Remaining", "x-RateLimit-Reset" })
                answer.Response.Headers.Contains(header).ShouldBeTrue(header);
    }

    [Fact]
    public async Task A_single_update_priced_above_its_rrp_answers_200_with_E23_and_leaves_the_offer_unchanged()
    {
        var sku = Products.Sku("P");
        await fixture.Connector().PushProductsAsync([Products.Push(sku, 100m, 1m, compareAt: 120m)], Ct);
        var request = fixture.V2(HttpMethod.Patch, "v2/offers/offer?identifier=" + Uri.EscapeDataString("SKU" + sku));
        request.Content = JsonContent.Create(new { selling_price = 130 });

        var (status, body, _) = await SendAsync(request);

        status.ShouldBe(HttpStatusCode.OK);
        body!["validation_errors"]![0]!["code"]!.GetValue<string>().ShouldBe("E23");
        body["offer"]!["selling_price"]!.GetValue<int>().ShouldBe(100);
    }

    [Fact]
    public async Task A_price_with_cents_is_refused_with_E19()
    {
        var sku = Products.Sku("C");
        await fixture.Connector().PushProductsAsync([Products.Push(sku, 100m, 1m)], Ct);
        var request = fixture.V2(HttpMethod.Patch, "v2/offers/offer/SKU" + sku);
        request.Content = new StringContent("""{"selling_price": 99.5}""", Encoding.UTF8, "application/json");

        var (_, body, _) = await SendAsync(request);

        body!["validation_errors"]![0]!["code"]!.GetValue<string>().ShouldBe("E19");
    }

    [Fact]
    public async Task A_batch_over_10000_offers_is_refused_with_400()
    {
        var request = fixture.V2(HttpMethod.Post, "v2/offers/batch");
        request.Content = new StringContent("[" + string.Join(",", Enumerable.Repeat("""{"sku":"x"}""", 10_001)) + "]", Encoding.UTF8, "application/json");

        var (status, body, _) = await SendAsync(request);

        status.ShouldBe(HttpStatusCode.BadRequest);
        body!["message"]!.GetValue<string>().ShouldContain("10000");
    }

    [Fact]
    public async Task Sales_windows_are_at_most_180_days_and_pages_at_most_100()
    {
        var tooLong = await SendAsync(fixture.V2(HttpMethod.Get, "v2/sales?filters=" + Uri.EscapeDataString("start_date:2026-01-01;end_date:2026-07-01")));
        var bigPage = await SendAsync(fixture.V2(HttpMethod.Get, "v2/sales?page_size=101"));
        var ordersWithoutDates = await SendAsync(fixture.V2(HttpMethod.Get, "v2/sales/orders"));

        tooLong.Status.ShouldBe(HttpStatusCode.BadRequest);
        tooLong.Body!["message"]!.GetValue<string>().ShouldContain("180 days");
        bigPage.Status.ShouldBe(HttpStatusCode.BadRequest);
        ordersWithoutDates.Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Sales_are_paged_with_a_page_summary()
    {
        var connector = fixture.Connector();
        var sku = Products.Sku("G");
        await connector.PushProductsAsync([Products.Push(sku, 10m, 50m)], Ct);
        for (var i = 0; i < 3; i++) await fixture.Simulator.PlaceOrderAsync(new(new[] { new Stockbridge.Connectors.Simulation.ShopperLine(sku, 1) }), Ct);
        var filter = Uri.EscapeDataString("sku:" + sku);

        var first = await SendAsync(fixture.V2(HttpMethod.Get, $"v2/sales?filters={filter}&page_size=2&page_number=1"));
        var second = await SendAsync(fixture.V2(HttpMethod.Get, $"v2/sales?filters={filter}&page_size=2&page_number=2"));

        first.Body!["page_summary"]!["total"]!.GetValue<int>().ShouldBe(3);
        first.Body["sales"]!.AsArray().Count.ShouldBe(2);
        second.Body!["sales"]!.AsArray().Count.ShouldBe(1);
        second.Body["sales"]![0]!["po_number"].ShouldNotBeNull();
    }
}
