using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Tests.Support;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>An outbound through events 240 … 245 on the test's clock, read back through the connector.</summary>
public sealed class LifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_240_to_245_follow_the_clock_and_tracking_courier_and_url_appear_at_244()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-A", "SKU-B"), Ct);

        var created = await bed.Connector.GetShipmentAsync(id, code, Ct);
        Assert.Equal("pending", created.Status);
        Assert.Null(created.TrackingNumber);
        Assert.Equal([("SKU-A", 2m), ("SKU-B", 2m)], created.Lines.Select(l => (l.Sku, l.Qty)));

        var seen = new List<int>();
        for (var step = 0; step < 5; step++)
        {
            seen.Add((await bed.Connector.ReadShipmentAsync(id, Ct))!.Latest!.Code);
            if (seen[^1] < 244) Assert.Null((await bed.Connector.GetShipmentAsync(id, code, Ct)).TrackingNumber);
            bed.AdvanceSteps(1);
        }
        var dispatchedAt = bed.Clock.GetUtcNow() - ParcelninjaTestBed.Step;
        Assert.Equal([240, 241, 242, 243, 244], seen);

        var view = await bed.Connector.ReadShipmentAsync(id, Ct);
        Assert.Equal([245, 244, 243, 242, 241, 240], view!.Events.Select(e => e.Code));
        Assert.Equal(dispatchedAt, view.Events[1].At);
        var delivered = view.Fulfillment;
        Assert.Equal("complete", delivered.Status);
        Assert.Equal(code, delivered.ChannelOrderCode);
        Assert.StartsWith("PN", delivered.TrackingNumber, StringComparison.Ordinal);
        Assert.Equal("The Courier Guy", delivered.TrackingCompany);
        Assert.Equal("https://store.parcelninja.com/tracking.aspx?WaybillNo=" + delivered.TrackingNumber, delivered.TrackingUrl);
    }

    [Fact]
    public async Task Dispatched_is_open_with_tracking()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-A"), Ct);

        bed.AdvanceSteps(4);

        var shipment = await bed.Connector.GetShipmentAsync(id, code, Ct);
        Assert.Equal("open", shipment.Status);
        Assert.NotNull(shipment.TrackingNumber);
    }

    [Fact]
    public async Task An_outbound_waits_at_240_Awaiting_Stock_until_the_stock_is_put_away()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync(unknownItems: UnknownItemPolicy.AwaitStock);
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "NEW-SKU"), Ct);

        bed.AdvanceSteps(3);
        Assert.Equal(240, (await bed.Connector.ReadShipmentAsync(id, Ct))!.Latest!.Code);

        bed.Warehouse.SetStock("NEW-SKU", 5, "Stock Put Away");
        bed.AdvanceSteps(1);
        Assert.Equal(241, (await bed.Connector.ReadShipmentAsync(id, Ct))!.Latest!.Code);
        Assert.Equal(3, bed.Warehouse.Read(w => w.Inventory["NEW-SKU"].InStock));
    }

    [Fact]
    public async Task A_shipment_read_under_another_order_code_is_refused_with_both_codes()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-A"), Ct);

        var failure = await Assert.ThrowsAsync<Errors.PermanentConnectorException>(() => bed.Connector.GetShipmentAsync(id, "OTHER-1", Ct));
        Assert.Contains(code, failure.Message, StringComparison.Ordinal);
        Assert.Contains("OTHER-1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_hold_pauses_the_clock_and_a_courier_failure_after_dispatch_stays_open_with_its_tracking()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-A"), Ct);
        var outbound = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);

        bed.Warehouse.AddEvent(outbound, OutboundEventCodes.OnHold);
        bed.AdvanceSteps(3);
        Assert.Equal(282, (await bed.Connector.ReadShipmentAsync(id, Ct))!.Latest!.Code);
        Assert.Equal("pending", (await bed.Connector.GetShipmentAsync(id, code, Ct)).Status);

        bed.Warehouse.AddEvent(outbound, OutboundEventCodes.ReadyToBePicked);
        bed.AdvanceSteps(3);
        bed.Warehouse.AddEvent(outbound, 392);
        var view = await bed.Connector.ReadShipmentAsync(id, Ct);
        Assert.Equal([392, 244, 243, 242, 241, 282, 240], view!.Events.Select(e => e.Code));
        Assert.Equal("Courier Delivery Unsuccessful", view.Latest!.Description);
        Assert.Equal("open", view.Fulfillment.Status);
        Assert.NotNull(view.Fulfillment.TrackingNumber);
    }

    [Fact]
    public async Task The_warehouse_shipping_by_hand_reports_its_waybill_in_the_dispatch_webhook_and_the_read()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var code = ParcelninjaTestBed.Code();
        var id = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-A"), Ct);
        var sent = new List<string?>();
        var forward = bed.Warehouse.OutboundChanged;
        bed.Warehouse.OutboundChanged = o => { sent.Add(o.WaybillNumber); forward?.Invoke(o); };

        await bed.Simulator.ShipAsync(code, "TCG-123", Ct);

        Assert.Equal([null, null, null, "TCG-123"], sent);
        Assert.Equal("TCG-123", (await bed.Connector.GetShipmentAsync(id, code, Ct)).TrackingNumber);
    }
}
