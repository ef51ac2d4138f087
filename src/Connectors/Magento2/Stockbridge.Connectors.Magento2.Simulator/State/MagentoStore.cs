namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>Everything the simulated Magento holds, behind one lock: catalogue, inventory, orders, bulks.</summary>
public sealed class MagentoStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _nextId = 1;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;
    /// <summary>Store views: code to store id (admin is 0; <c>all</c> means global).</summary>
    public Dictionary<string, int> StoreViews { get; } = new(StringComparer.Ordinal) { ["default"] = 1, ["za_en"] = 2 };
    /// <summary>MSI sources by code.</summary>
    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal) { "default", "jhb", "cpt" };
    /// <summary>Products by SKU.</summary>
    public Dictionary<string, MagentoProduct> Products { get; } = new(StringComparer.Ordinal);
    /// <summary>Select attributes by code.</summary>
    public Dictionary<string, ProductAttribute> Attributes { get; } = new(StringComparer.Ordinal);
    /// <summary>Source items by (SKU, source).</summary>
    public Dictionary<(string Sku, string Source), SourceItem> SourceItems { get; } = [];
    /// <summary>Orders by entity id.</summary>
    public SortedDictionary<int, SalesOrder> Orders { get; } = [];
    /// <summary>Shipments.</summary>
    public List<Shipment> Shipments { get; } = [];
    /// <summary>Bulks by uuid.</summary>
    public Dictionary<string, Bulk> Bulks { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="action"/> under the lock.</summary>
    public T Read<T>(Func<MagentoStore, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate) return action(this);
    }

    /// <summary>The next id of the one sequence (entities, items, options).</summary>
    public int NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>The current server time, to the second, as Magento stores it.</summary>
    public DateTimeOffset Now()
    {
        var now = Time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>The quantity a shopper can buy: every source's in-stock quantity.</summary>
    public decimal Salable(string sku) => SourceItems.Values.Where(s => s.Sku == sku && s.Status == 1).Sum(s => s.Quantity);

    /// <summary>The configurable product a simple product is a child of, if any.</summary>
    public MagentoProduct? ParentOf(string sku) => Products.Values.FirstOrDefault(p => p.TypeId == "configurable" && p.Children.Contains(sku));

    /// <summary>Seeds the attributes configurable products vary on (size, color, colour, style, material).</summary>
    public void SeedAttributes()
    {
        var id = 140;
        foreach (var (code, label) in new[] { ("size", "Size"), ("color", "Color"), ("colour", "Colour"), ("style", "Style"), ("material", "Material") })
            Attributes[code] = new ProductAttribute { Id = id++, Code = code, Label = label };
    }
}
