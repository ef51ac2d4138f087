namespace Stockbridge.Connectors.Takealot.Simulator.State;

/// <summary>Everything the simulated seller account holds, behind one lock.</summary>
public sealed class TakealotState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _next = 100_000;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;
    /// <summary>Takealot's catalogue by barcode.</summary>
    public Dictionary<string, CatalogueProduct> Catalogue { get; } = new(StringComparer.Ordinal);
    /// <summary>The seller's offers in creation order.</summary>
    public List<TakealotOffer> Offers { get; } = [];
    /// <summary>Sales (order items) in the order they were placed.</summary>
    public List<TakealotSale> Sales { get; } = [];
    /// <summary>Offer batches by id.</summary>
    public Dictionary<int, TakealotBatch> Batches { get; } = [];
    /// <summary>Confirmed leadtime shipments.</summary>
    public List<TakealotShipment> Shipments { get; } = [];
    /// <summary>The seller's webhooks.</summary>
    public List<WebhookSubscription> Webhooks { get; } = [];
    /// <summary>The seller's own warehouses (leadtime stock).</summary>
    public List<TakealotWarehouse> MerchantWarehouses { get; } = [];
    /// <summary>Takealot's distribution centres.</summary>
    public List<TakealotWarehouse> Dcs { get; } = [];
    /// <summary>
    /// True: an offer written by SKU alone that does not exist yet is taken as one the seller listed in the Seller Portal
    /// (a catalogue product with an <c>MPTAL…</c> placeholder barcode is made for it). False: Takealot's own rule, E2.
    /// </summary>
    public bool ListUnknownSkus { get; set; } = true;

    /// <summary>Runs <paramref name="action"/> under the state's lock.</summary>
    public T Read<T>(Func<TakealotState, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate) return action(this);
    }

    /// <summary>The next number in the account's one sequence (offer, order, item, batch and shipment ids).</summary>
    public int NextNumber() => Interlocked.Increment(ref _next);

    /// <summary>The offer with this SKU, or null.</summary>
    public TakealotOffer? BySku(string sku) => Offers.Find(o => string.Equals(o.Sku, sku, StringComparison.Ordinal));

    /// <summary>A merchant warehouse or DC by id, or null.</summary>
    public TakealotWarehouse? Warehouse(int id) => MerchantWarehouses.Find(w => w.Id == id) ?? Dcs.Find(w => w.Id == id);
}
