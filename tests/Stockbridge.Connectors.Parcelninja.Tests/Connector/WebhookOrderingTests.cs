using System.Text;
using Stockbridge.Connectors.Parcelninja.Tests.Support;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>A status webhook whose events come in any order is keyed by its newest event by time.</summary>
public sealed class WebhookOrderingTests
{
    [Fact]
    public async Task Events_listed_oldest_first_still_key_the_delivery_by_the_newest()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        const string body = """
            {"id":100001,"clientId":"SB-1","timeStamp":"20261207091000","events":[
              {"code":240,"timeStamp":"20261207090000","description":"Awaiting Stock"},
              {"code":244,"timeStamp":"20261207091000","description":"Dispatched with Courier"},
              {"code":241,"timeStamp":"20261207090500","description":"Ready to be Picked"}],
             "deliveryInfo":{"trackingURL":null,"waybillNumber":null}}
            """;

        var verification = bed.Connector.Verify(new WebhookRequest(Encoding.UTF8.GetBytes(body), new Dictionary<string, string>()));

        Assert.True(verification.Valid);
        Assert.Equal("outbound:100001:244:20261207091000", verification.DeliveryId);
    }
}
