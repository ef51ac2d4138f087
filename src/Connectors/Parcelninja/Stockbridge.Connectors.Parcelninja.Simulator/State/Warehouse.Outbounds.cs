using Stockbridge.Connectors.Parcelninja.Simulator.Wire;

namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

public sealed partial class Warehouse
{
    /// <summary>Creates an outbound at 240 Awaiting Stock, or refuses it (duplicate order number, unknown SKU or quote).</summary>
    public Outbound Create(CreateOutboundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (Gate)
        {
            CatchUp();
            if (Duplicates == DuplicateClientIdPolicy.Reject && ByClientId(request.ClientId) is { } existing)
                throw new ParcelninjaRequestException(400, $"An outbound with clientId '{request.ClientId}' already exists (outbound {existing.Id}).");
            var now = Time.GetUtcNow();
            if (request.Delivery.DeliveryQuoteId != 0
                && (!Quotes.TryGetValue(request.Delivery.DeliveryQuoteId, out var quote) || quote.ExpiresAt <= now))
                throw new ParcelninjaRequestException(400, $"Delivery quote {request.Delivery.DeliveryQuoteId} does not exist or has expired.");
            foreach (var line in request.Items.Where(l => !Inventory.ContainsKey(l.ItemNo)))
            {
                if (UnknownItems == UnknownItemPolicy.Refuse) throw new ParcelninjaRequestException(400, $"Item '{line.ItemNo}' does not exist.");
                var added = Item(line.ItemNo, line.Name);
                if (UnknownItems == UnknownItemPolicy.StockOnFirstSight) ChangeInStock(added, FirstSightStock, "Stock Put Away");
            }
            var outbound = new Outbound
            {
                Id = ++_nextOutboundId,
                ClientId = request.ClientId,
                TypeId = request.TypeId,
                ChannelId = request.ChannelId,
                Delivery = request.Delivery,
                Items = request.Items,
                CreatedAt = now,
            };
            Outbounds.Add(outbound);
            Record(outbound, OutboundEventCodes.AwaitingStock, now);
            outbound.NextStepAt = StepInterval > TimeSpan.Zero ? now + StepInterval : null;
            return outbound;
        }
    }

    /// <summary>Deletes (cancels) an outbound whose picking has not started, releasing its stock; refuses once it has.</summary>
    public Outbound Delete(int id)
    {
        lock (Gate)
        {
            CatchUp();
            var outbound = Standing(id);
            if (!OutboundEventCodes.Cancellable.Contains(outbound.Latest.Code))
                throw new ParcelninjaRequestException(400,
                    $"Outbound {id} cannot be deleted: it is at {outbound.Latest.Code} {outbound.Latest.Description} and picking has started.");
            Release(outbound, "Outbound Deleted");
            outbound.DeletedAt = Time.GetUtcNow();
            outbound.NextStepAt = null;
            return outbound;
        }
    }

    /// <summary>
    /// The warehouse ships the client order now (the probe's "ship"): the outbound is walked to 244 Dispatched with Courier
    /// with this waybill number, whatever the clock says.
    /// </summary>
    public Outbound Ship(string clientId, string waybillNumber, string courier = DefaultCourier)
    {
        lock (Gate)
        {
            CatchUp();
            var outbound = ByClientId(clientId) ?? throw new KeyNotFoundException($"No outbound for client order '{clientId}'.");
            var now = Time.GetUtcNow();
            while (outbound.Latest.Code is not (OutboundEventCodes.AwaitingCourierPickup or OutboundEventCodes.Dispatched or OutboundEventCodes.Delivered))
                Step(outbound, now, force: true);
            if (outbound.Latest.Code == OutboundEventCodes.AwaitingCourierPickup)
            {
                // Known before the 244 event is recorded, so its status webhook already carries them.
                (outbound.WaybillNumber, outbound.CourierName) = (waybillNumber, courier);
                Step(outbound, now, force: true);
            }
            if (outbound.Latest.Code == OutboundEventCodes.Dispatched) Dispatch(outbound, waybillNumber, courier);
            return outbound;
        }
    }

    /// <summary>
    /// Adds an event by hand (a courier failure, On Hold): a lifecycle code resumes the clock from there, any other pauses it.
    /// </summary>
    public Outbound AddEvent(int id, int code)
    {
        if (!OutboundEventCodes.Descriptions.ContainsKey(code)) throw new ArgumentException($"{code} is not an outbound event code.");
        lock (Gate)
        {
            CatchUp();
            var outbound = Standing(id);
            var now = Time.GetUtcNow();
            if (code == OutboundEventCodes.Dispatched && outbound.WaybillNumber is null) Dispatch(outbound, Waybill(outbound), DefaultCourier);
            Record(outbound, code, now);
            var resumes = OutboundEventCodes.Lifecycle.Contains(code) && !OutboundEventCodes.Final.Contains(code) && StepInterval > TimeSpan.Zero;
            outbound.NextStepAt = resumes ? now + StepInterval : null;
            return outbound;
        }
    }

    private void Record(Outbound outbound, int code, DateTimeOffset at)
    {
        outbound.Events.Add(new OutboundEvent(code, at, OutboundEventCodes.Describe(code)));
        OutboundChanged?.Invoke(outbound);
    }

    private void Release(Outbound outbound, string reason)
    {
        if (!outbound.Allocated) return;
        foreach (var line in outbound.Items)
        {
            var item = Item(line.ItemNo, line.Name);
            item.Allocated -= line.Qty;
            if (line.FromReserve)
            {
                var old = item.Reserved;
                item.Reserved += line.Qty;
                StockAdjusted?.Invoke(new StockAdjustment(item.ItemNo, Time.GetUtcNow(), "Reserved", old, item.Reserved, reason));
            }
            else
            {
                ChangeInStock(item, line.Qty, reason);
            }
        }
        outbound.Allocated = false;
    }

    private void Dispatch(Outbound outbound, string waybill, string courier)
    {
        outbound.WaybillNumber = waybill;
        outbound.CourierName = courier;
        outbound.TrackingUrl = "https://store.parcelninja.com/tracking.aspx?WaybillNo=" + Uri.EscapeDataString(waybill);
        if (!outbound.Allocated) return;
        foreach (var line in outbound.Items) Item(line.ItemNo, line.Name).Allocated -= line.Qty;
        outbound.Allocated = false;
    }

    private static string Waybill(Outbound outbound) => "PN" + outbound.Id.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
}
