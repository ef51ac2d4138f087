namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

public sealed partial class Warehouse
{
    /// <summary>
    /// Moves every standing outbound as far along 240 → 245 as the clock says (one step per <see cref="StepInterval"/>, each
    /// event stamped with the time it was due). An outbound waits at 240 Awaiting Stock until the warehouse holds its items.
    /// </summary>
    public void CatchUp()
    {
        lock (Gate)
        {
            var now = Time.GetUtcNow();
            foreach (var outbound in Outbounds.Where(o => o.DeletedAt is null && o.NextStepAt is not null))
            {
                while (outbound.NextStepAt is { } due && due <= now)
                {
                    Step(outbound, due, force: false);
                    outbound.NextStepAt = OutboundEventCodes.Final.Contains(outbound.Latest.Code) || StepInterval <= TimeSpan.Zero
                        ? null : due + StepInterval;
                }
            }
        }
    }

    /// <summary>One step along the lifecycle; at 240 only when the stock is there (unless forced, as when the warehouse ships by hand).</summary>
    private void Step(Outbound outbound, DateTimeOffset at, bool force)
    {
        var code = outbound.Latest.Code;
        var next = code switch
        {
            OutboundEventCodes.AwaitingStock or OutboundEventCodes.InPickingQueue or OutboundEventCodes.OnHold => OutboundEventCodes.ReadyToBePicked,
            OutboundEventCodes.ReadyToBePicked or 291 => OutboundEventCodes.ReadyToBePacked,
            OutboundEventCodes.ReadyToBePacked or 390 or 391 => OutboundEventCodes.AwaitingCourierPickup,
            OutboundEventCodes.AwaitingCourierPickup => OutboundEventCodes.Dispatched,
            _ => OutboundEventCodes.Delivered,
        };
        if (next == OutboundEventCodes.ReadyToBePicked && !outbound.Allocated && !TryAllocate(outbound) && !force) return;
        if (next == OutboundEventCodes.Dispatched) Dispatch(outbound, outbound.WaybillNumber ?? Waybill(outbound), outbound.CourierName ?? DefaultCourier);
        Record(outbound, next, at);
    }

    private bool TryAllocate(Outbound outbound)
    {
        var lines = outbound.Items.Select(l => (Line: l, Item: Item(l.ItemNo, l.Name))).ToList();
        if (lines.Any(x => (x.Line.FromReserve ? x.Item.Reserved : x.Item.InStock) < x.Line.Qty)) return false;
        foreach (var (line, item) in lines)
        {
            if (line.FromReserve)
            {
                var old = item.Reserved;
                item.Reserved -= line.Qty;
                StockAdjusted?.Invoke(new StockAdjustment(item.ItemNo, Time.GetUtcNow(), "Reserved", old, item.Reserved, "Outbound Created"));
            }
            else
            {
                ChangeInStock(item, -line.Qty, "Outbound Created");
            }
            item.Allocated += line.Qty;
        }
        outbound.Allocated = true;
        return true;
    }
}
