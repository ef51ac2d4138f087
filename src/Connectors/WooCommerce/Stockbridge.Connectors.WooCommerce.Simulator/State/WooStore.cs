namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>Everything the simulated store holds. Callers take <see cref="Gate"/> around every read and change.</summary>
public sealed class WooStore(TimeProvider time)
{
    private int _nextPostId = 100;
    private int _nextItemId = 1;

    /// <summary>The lock around the store.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Products and variations by id.</summary>
    public SortedDictionary<int, WooProduct> Products { get; } = [];

    /// <summary>Orders by id.</summary>
    public SortedDictionary<int, WooOrder> Orders { get; } = [];

    /// <summary>Customers by id.</summary>
    public SortedDictionary<int, WooCustomer> Customers { get; } = [];

    /// <summary>Webhooks by id.</summary>
    public SortedDictionary<int, WooWebhook> Webhooks { get; } = [];

    /// <summary>Products and variations created, changed or deleted since the store started (what a benchmark's unchanged re-sync must leave alone).</summary>
    public long CatalogWrites { get; set; }

    /// <summary>The next id for a post (product, variation, order, webhook, customer).</summary>
    public int NextPostId() => _nextPostId++;

    /// <summary>The next id for an item (order line, meta entry, note).</summary>
    public int NextItemId() => _nextItemId++;

    /// <summary>Now, to the second, as WordPress stores dates.</summary>
    public DateTimeOffset Now()
    {
        var now = Time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    /// <summary>The product or variation with this SKU, or null.</summary>
    public WooProduct? BySku(string sku) =>
        sku.Length == 0 ? null : Products.Values.FirstOrDefault(p => string.Equals(p.Sku, sku, StringComparison.Ordinal));

    /// <summary>Products (not variations).</summary>
    public IEnumerable<WooProduct> TopLevelProducts => Products.Values.Where(p => p.ParentId == 0);
}
