using Stockbridge.Connectors.Parcelninja.Outbounds;
using Stockbridge.Connectors.Parcelninja.Tests.Support;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>Cancelling an outbound: allowed before picking, refused in Parcelninja's words once picking has started.</summary>
public sealed class CancellationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Before_picking_the_outbound_is_deleted_and_its_stock_released()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        bed.Warehouse.SetStock("SKU-C", 10, "Stock Put Away");
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-C"), Ct);
        bed.AdvanceSteps(1);
        Assert.Equal(8, bed.Warehouse.Read(w => w.Inventory["SKU-C"].InStock));

        var result = await bed.Connector.CancelShipmentAsync(id, Ct);

        Assert.Equal(OutboundCancellationOutcome.Cancelled, result.Outcome);
        Assert.Equal(0, bed.Simulator.OutboundCount(code));
        Assert.Null(await bed.Connector.FindShipmentAsync(code, Ct));
        Assert.Equal(10, bed.Warehouse.Read(w => w.Inventory["SKU-C"].InStock));
        Assert.Equal(OutboundCancellationOutcome.AlreadyGone, (await bed.Connector.CancelShipmentAsync(id, Ct)).Outcome);
    }

    [Fact]
    public async Task Once_picking_has_started_cancelling_is_refused_with_the_reason_and_the_outbound_stands()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-C"), Ct);
        bed.AdvanceSteps(2);

        var result = await bed.Connector.CancelShipmentAsync(id, Ct);

        Assert.Equal(OutboundCancellationOutcome.Refused, result.Outcome);
        Assert.Contains("picking has started", result.Reason, StringComparison.Ordinal);
        Assert.Contains("242", result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.OutboundCount(code));
    }
}
