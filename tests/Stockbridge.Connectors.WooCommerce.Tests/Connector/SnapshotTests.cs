using System.Net;
using Stockbridge.Connectors.Channel;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

public sealed class SnapshotTests
{
    [Fact]
    public async Task Snapshots_read_quantity_price_sale_and_status_by_exact_sku()
    {
        var handler = new StubHandler((request, _) => request.RequestUri!.Query.Contains("sku=A-1", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, """[{"id":11,"sku":"A-1","status":"draft","price":"99.90","regular_price":"120.00","sale_price":"99.90","manage_stock":true,"stock_quantity":4}]""")
            : (HttpStatusCode.OK, """[{"id":12,"sku":"B-10","status":"publish","price":"5.00","regular_price":"5.00","sale_price":"","manage_stock":true,"stock_quantity":1}]"""));
        var connector = new WooCommerceConnector(TestConnection.Context(handler));

        var snapshots = await connector.ReadSnapshotsAsync(["A-1", "B-1"], TestContext.Current.CancellationToken);

        snapshots.ShouldBe([new ChannelSnapshot("A-1", 4m, 99.90m, 120.00m, ChannelProductStatus.Hidden)]);
    }
}
