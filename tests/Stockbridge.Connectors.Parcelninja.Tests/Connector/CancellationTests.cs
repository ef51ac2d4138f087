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

    [Fact]
    public async Task The_hubs_cancellation_deletes_the_orders_outbound_and_throws_parcelninjas_refusal_once_picking_started()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var early = ParcelninjaTestBed.Code();
        var earlyId = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(early, "SKU-C"), Ct);
        var late = ParcelninjaTestBed.Code();
        var lateId = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(late, "SKU-C"), Ct);

        await Assert.ThrowsAsync<Errors.PermanentConnectorException>(() => bed.Connector.CancelShipmentAsync(earlyId, late, Ct));
        await bed.Connector.CancelShipmentAsync(earlyId, early, Ct);
        Assert.Equal(0, bed.Simulator.OutboundCount(early));
        await bed.Connector.CancelShipmentAsync(earlyId, early, Ct); // gone already: nothing to do

        bed.AdvanceSteps(2);
        var refused = await Assert.ThrowsAsync<Errors.PermanentConnectorException>(() => bed.Connector.CancelShipmentAsync(lateId, late, Ct));
        Assert.Contains("picking has started", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, bed.Simulator.OutboundCount(late));
    }
}
