using Stockbridge.Connectors.Parcelninja.Simulator.Wire;

namespace Stockbridge.Connectors.Parcelninja.Simulator.State;

/// <summary>
/// Everything the simulated Parcelninja account holds (outbounds, inventory, quotes, the one callback URL), behind one lock.
/// Status and stock-adjustment webhooks are raised through <see cref="OutboundChanged"/> and <see cref="StockAdjusted"/>.
/// </summary>
public sealed partial class Warehouse(TimeProvider time)
{
    /// <summary>The courier outbounds are dispatched with unless the warehouse says otherwise.</summary>
    public const string DefaultCourier = "The Courier Guy";

    private int _nextOutboundId = 100_000;
    private int _nextQuoteId = 7_000;

    /// <summary>The lock every change takes.</summary>
    public Lock Gate { get; } = new();
    /// <summary>The simulator's clock.</summary>
    public TimeProvider Time { get; } = time;
    /// <summary>How long the clock takes to move an outbound one step along its lifecycle; zero: only when told.</summary>
    public TimeSpan StepInterval { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>What a second outbound for the same client order number gets.</summary>
    public DuplicateClientIdPolicy Duplicates { get; set; } = DuplicateClientIdPolicy.Accept;
    /// <summary>What an outbound line for an unknown SKU gets.</summary>
    public UnknownItemPolicy UnknownItems { get; set; } = UnknownItemPolicy.AwaitStock;
    /// <summary>Units put away for a SKU first seen on an outbound, under <see cref="UnknownItemPolicy.StockOnFirstSight"/>.</summary>
    public int FirstSightStock { get; set; } = 100;
    /// <summary>Every outbound ever created (deleted ones included), in creation order.</summary>
    public List<Outbound> Outbounds { get; } = [];
    /// <summary>Inventory by SKU.</summary>
    public Dictionary<string, InventoryItem> Inventory { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Delivery quotes by id.</summary>
    public Dictionary<int, DeliveryQuote> Quotes { get; } = [];
    /// <summary>The account's webhook callback URL (one per account), or null.</summary>
    public string? HookUrl { get; set; }
    /// <summary>Raised (under the lock) for every new outbound event.</summary>
    public Action<Outbound>? OutboundChanged { get; set; }
    /// <summary>Raised (under the lock) for every stock change.</summary>
    public Action<StockAdjustment>? StockAdjusted { get; set; }

    /// <summary>Runs <paramref name="read"/> under the lock, after moving every outbound to where the clock says it is.</summary>
    public T Read<T>(Func<Warehouse, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (Gate)
        {
            CatchUp();
            return read(this);
        }
    }

    /// <summary>The standing (not deleted) outbound with this id, or a 404.</summary>
    public Outbound Standing(int id) =>
        Outbounds.Find(o => o.Id == id && o.DeletedAt is null) ?? throw new ParcelninjaRequestException(404, $"Outbound {id} does not exist.");

    /// <summary>The first standing outbound for a client order number, or null.</summary>
    public Outbound? ByClientId(string clientId) => Outbounds.Find(o => o.DeletedAt is null && string.Equals(o.ClientId, clientId, StringComparison.Ordinal));

    /// <summary>Sets a SKU's free stock (a put-away, a cycle count, damage), raising a stock adjustment with <paramref name="reason"/>.</summary>
    public InventoryItem SetStock(string sku, int inStock, string reason, string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inStock);
        lock (Gate)
        {
            var item = Item(sku, name);
            if (name is not null) item.ItemName = name;
            ChangeInStock(item, inStock - item.InStock, reason);
            CatchUp();
            return item;
        }
    }

    /// <summary>Reserves (action 1) or releases (action 2) free stock of a SKU.</summary>
    public InventoryItem Reserve(string sku, int qty, int action)
    {
        if (qty <= 0) throw new ParcelninjaRequestException(400, "qty must be greater than 0.");
        lock (Gate)
        {
            var item = Inventory.GetValueOrDefault(sku) ?? throw new ParcelninjaRequestException(404, $"Item '{sku}' does not exist.");
            var (from, reason) = action switch
            {
                1 => (item.InStock, "Reserve Stock"),
                2 => (item.Reserved, "Unreserve Stock"),
                _ => throw new ParcelninjaRequestException(400, $"action {action} is not valid: 1 adds to the reserve, 2 removes from it."),
            };
            if (from < qty) throw new ParcelninjaRequestException(400, $"Only {from} of item '{sku}' can be {(action == 1 ? "reserved" : "unreserved")}; {qty} were asked for.");
            var oldReserved = item.Reserved;
            ChangeInStock(item, action == 1 ? -qty : qty, reason);
            item.Reserved += action == 1 ? qty : -qty;
            StockAdjusted?.Invoke(new StockAdjustment(item.ItemNo, Time.GetUtcNow(), "Reserved", oldReserved, item.Reserved, reason));
            return item;
        }
    }

    /// <summary>A quote per courier service for delivering these units to a postal code; remembered for a day.</summary>
    public IReadOnlyList<DeliveryQuote> Quote(string postalCode, int units)
    {
        if (postalCode.Length != 4 || !postalCode.All(char.IsAsciiDigit)) throw new ParcelninjaRequestException(400, $"Postal code '{postalCode}' is not valid.");
        if (units <= 0) throw new ParcelninjaRequestException(400, "A quote needs at least one item with a quantity.");
        lock (Gate)
        {
            var expires = Time.GetUtcNow().AddDays(1);
            // Further from Johannesburg (postal codes 1xxx-2xxx) costs more; each extra unit adds weight.
            var distance = postalCode[0] is '1' or '2' ? 0m : 25m;
            DeliveryQuote[] quotes =
            [
                new(++_nextQuoteId, 65m + distance + (units - 1) * 5m, "Economy Road Freight", postalCode, expires),
                new(++_nextQuoteId, 99m + distance * 2 + (units - 1) * 8m, "Overnight Express", postalCode, expires),
            ];
            foreach (var q in quotes) Quotes[q.QuoteId] = q;
            return quotes;
        }
    }

    private InventoryItem Item(string sku, string? name)
    {
        if (Inventory.TryGetValue(sku, out var item)) return item;
        item = new InventoryItem { ItemNo = sku, ItemName = name ?? sku };
        Inventory[sku] = item;
        return item;
    }

    private void ChangeInStock(InventoryItem item, int change, string reason)
    {
        if (change == 0) return;
        var old = item.InStock;
        item.InStock += change;
        StockAdjusted?.Invoke(new StockAdjustment(item.ItemNo, Time.GetUtcNow(), "InStock", old, item.InStock, reason));
    }
}
