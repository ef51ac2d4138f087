using System.Net;
using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Api.Tests.Support;
using Stockbridge.Web.Testing;

namespace Stockbridge.Web.Api.Tests.Console;

/// <summary>An order's page shows each shipment with its tracking; a tracking URL that is not http(s) is not made a link.</summary>
public sealed class OrderShipmentPageTests(TwoClientsFixture fixture) : IClassFixture<TwoClientsFixture>
{
    [Fact]
    public async Task The_order_page_shows_the_shipment_and_its_tracking()
    {
        var ct = TestContext.Current.CancellationToken;
        var key = $"{fixture.Acme.ShopId}:2002";
        var order = new Order
        {
            Channel = "shop", ChannelOrderCode = "2002", State = OrderState.Fulfilled, SourceOrderCode = "SO2002",
            Fulfillments =
            [
                new Fulfillment { ChannelOrderCode = "2002", FulfillmentConnection = "pn", ShipmentId = "OB77", Status = "open", TrackingNumber = "WB<77>", TrackingCompany = "Courier Guy", TrackingUrl = "https://track.example/WB77" },
                new Fulfillment { ChannelOrderCode = "2002", FulfillmentConnection = "pn", ShipmentId = "OB78", Status = "pending", TrackingUrl = "javascript:alert(1)" },
            ],
        };
        await fixture.Host.Store.Records.UpsertAsync(fixture.Acme.ClientId,
            [new RecordWrite(RecordEntity.Order, key, ContentHash.Of(order), WireJson.Serialize(order), fixture.Acme.ShopId)], ct);
        using var session = new ConsoleSession(fixture.Host.BaseAddress);
        (await session.SignInAsync(fixture.Acme.Viewer, SeedData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var (status, page) = await session.GetAsync($"/console/orders/{Uri.EscapeDataString(key)}");

        status.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("OB77 on pn: open, tracking WB&lt;77&gt; (Courier Guy)");
        page.ShouldContain("href=\"https://track.example/WB77\"");
        page.ShouldContain("OB78 on pn: pending");
        page.ShouldNotContain("href=\"javascript", Case.Insensitive);
    }
}
