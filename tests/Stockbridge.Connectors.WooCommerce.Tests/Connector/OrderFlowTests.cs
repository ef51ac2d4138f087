using System.Net;
using System.Text;
using System.Text.Json;
using Stockbridge.Connectors.WooCommerce.Api;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>Orders through the connector: the poll's paging and filter, webhook parsing, the write-back and fulfilment.</summary>
public sealed class OrderFlowTests
{
    private static string OrderJson(int id, string status) =>
        $$"""{"id":{{id}},"number":"{{id}}","status":"{{status}}","currency":"ZAR","date_created_gmt":"2026-12-06T10:00:00","total":"10.00","total_tax":"0.00","shipping_total":"0.00","line_items":[{"id":1,"sku":"A-1","quantity":1,"subtotal":"10.00","total":"10.00"}],"meta_data":[]}""";

    [Fact]
    public async Task The_poll_pages_by_x_wp_totalpages_and_hands_over_only_statuses_to_raise()
    {
        var handler = new StubHandler((request, _) => request.RequestUri!.Query.Contains("page=1&", StringComparison.Ordinal) || request.RequestUri.Query.EndsWith("page=1", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, $"[{OrderJson(1, "processing")},{OrderJson(2, "pending")}]")
            : (HttpStatusCode.OK, $"[{OrderJson(3, "completed")}]"));
        var paged = new PagedHandler(handler, totalPages: 2);
        var connector = new WooCommerceConnector(TestConnection.Context(paged));

        var orders = new List<Order>();
        await foreach (var order in connector.ReadOrdersAsync(new DateTimeOffset(2026, 12, 6, 12, 30, 5, TimeSpan.FromHours(2)), TestContext.Current.CancellationToken))
            orders.Add(order);

        orders.Select(o => o.ChannelOrderCode).ShouldBe(["1", "3"]);
        handler.Requests.Count.ShouldBe(2);
        var query = OAuth1Signer.QueryParameters(handler.Requests[0].Url).ToDictionary(p => p.Key, p => p.Value);
        query["modified_after"].ShouldBe("2026-12-06T10:30:05");
        query["dates_are_gmt"].ShouldBe("true");
        query["per_page"].ShouldBe("100");
        query["page"].ShouldBe("1");
    }

    [Fact]
    public async Task Over_http_requests_are_signed_with_oauth_and_the_clock_not_basic_auth()
    {
        var handler = new StubHandler((_, _) => (HttpStatusCode.OK, "[]"));
        var connector = new WooCommerceConnector(TestConnection.Context(handler, storeUrl: "http://shop.example/"));

        await foreach (var _ in connector.ReadOrdersAsync(TestConnection.Now, TestContext.Current.CancellationToken)) { }

        var request = handler.Requests.Single();
        request.Authorization.ShouldBeNull();
        var query = OAuth1Signer.QueryParameters(request.Url).ToList();
        query.Single(p => p.Key == "oauth_timestamp").Value.ShouldBe(TestConnection.Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        query.Single(p => p.Key == "oauth_consumer_key").Value.ShouldBe("ck_test");
        var signature = query.Single(p => p.Key == "oauth_signature").Value;
        var baseString = OAuth1Signer.BaseString("GET", request.Url, query.Where(p => p.Key != "oauth_signature"));
        var expected = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData("cs_secret&"u8, Encoding.UTF8.GetBytes(baseString)));
        signature.ShouldBe(expected);
    }

    [Fact]
    public async Task An_order_webhook_becomes_an_order_and_other_bodies_only_ids()
    {
        var connector = new WooCommerceConnector(TestConnection.Context(new StubHandler((_, _) => (HttpStatusCode.OK, "{}"))));
        static WebhookRequest Delivery(string topic, string body) =>
            new(Encoding.UTF8.GetBytes(body), new Dictionary<string, string> { ["x-wc-webhook-topic"] = topic });
        var ct = TestContext.Current.CancellationToken;

        var created = (await connector.ParseAsync(Delivery("order.created", OrderJson(5, "processing")), ct)).Single();
        created.Order.ShouldNotBeNull().ChannelOrderCode.ShouldBe("5");
        (await connector.ParseAsync(Delivery("order.created", OrderJson(6, "pending")), ct)).Single().Order.ShouldBeNull();
        var deleted = (await connector.ParseAsync(Delivery("order.deleted", """{"id":7}"""), ct)).Single();
        deleted.Order.ShouldBeNull();
        deleted.ExternalId.ShouldBe("7");
        var ping = (await connector.ParseAsync(new WebhookRequest("webhook_id=9"u8.ToArray(), new Dictionary<string, string>()), ct)).Single();
        ping.Order.ShouldBeNull();
        ping.ExternalId.ShouldBe("9");
    }

    [Fact]
    public async Task Raised_orders_get_a_note_and_the_meta_once()
    {
        var meta = "[]";
        var handler = new StubHandler((request, body) =>
        {
            if (request.Method == HttpMethod.Put) meta = """[{"id":1,"key":"stockbridge_source_order_code","value":"SO-100"}]""";
            return request.Method == HttpMethod.Get
                ? (HttpStatusCode.OK, OrderJson(5, "processing").Replace("\"meta_data\":[]", $"\"meta_data\":{meta}", StringComparison.Ordinal))
                : (HttpStatusCode.OK, "{}");
        });
        var connector = new WooCommerceConnector(TestConnection.Context(handler));
        var order = new Order { Channel = "woocommerce", ChannelOrderCode = "5", ChannelOrderId = "5" };

        await connector.MarkOrderRaisedAsync(order, "SO-100", TestContext.Current.CancellationToken);
        await connector.MarkOrderRaisedAsync(order, "SO-100", TestContext.Current.CancellationToken);

        var writes = handler.Requests.Where(r => r.Method != HttpMethod.Get).ToList();
        writes.Count.ShouldBe(2);
        writes[0].Url.AbsolutePath.ShouldBe("/wp-json/wc/v3/orders/5/notes");
        JsonDocument.Parse(writes[0].Body).RootElement.GetProperty("note").GetString().ShouldBe("Raised in the ERP as order SO-100");
        writes[1].Url.AbsolutePath.ShouldBe("/wp-json/wc/v3/orders/5");
        writes[1].Body.ShouldBe("""{"meta_data":[{"key":"stockbridge_source_order_code","value":"SO-100"}]}""");
    }

    [Fact]
    public async Task A_fulfilment_completes_the_order_with_its_tracking()
    {
        var handler = new StubHandler((request, _) => (HttpStatusCode.OK, request.Method == HttpMethod.Get ? OrderJson(5, "processing") : "{}"));
        var connector = new WooCommerceConnector(TestConnection.Context(handler));
        var order = new Order { Channel = "woocommerce", ChannelOrderCode = "5", ChannelOrderId = "5" };

        await connector.PushFulfillmentAsync(order, new Domain.Orders.Fulfillment { ChannelOrderCode = "5", TrackingNumber = "TRK1", TrackingCompany = "Courier Guy" },
            TestContext.Current.CancellationToken);

        var writes = handler.Requests.Where(r => r.Method != HttpMethod.Get).ToList();
        JsonDocument.Parse(writes[0].Body).RootElement.GetProperty("note").GetString().ShouldBe("Shipped: Courier Guy, tracking number TRK1");
        writes[1].Body.ShouldBe("""{"status":"completed","meta_data":[{"key":"stockbridge_tracking_number","value":"TRK1"}]}""");
    }

    /// <summary>Adds X-WP-TotalPages to every answer of the inner handler.</summary>
    private sealed class PagedHandler(StubHandler inner, int totalPages) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.Headers.Add("X-WP-TotalPages", totalPages.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return response;
        }
    }
}
