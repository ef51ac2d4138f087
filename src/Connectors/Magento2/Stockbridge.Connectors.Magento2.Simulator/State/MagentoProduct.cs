namespace Stockbridge.Connectors.Magento2.Simulator.State;

/// <summary>A catalogue product as Magento holds it: global values plus store-view overrides of the name.</summary>
public sealed class MagentoProduct
{
    /// <summary>The entity id.</summary>
    public required int Id { get; init; }
    /// <summary>The SKU (Magento's key in the REST API).</summary>
    public required string Sku { get; init; }
    /// <summary>The global (admin, store 0) name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Names saved through a store-view path, by store code (Magento's store-view scope).</summary>
    public Dictionary<string, string> StoreNames { get; } = new(StringComparer.Ordinal);
    /// <summary>simple, configurable, virtual.</summary>
    public string TypeId { get; set; } = "simple";
    /// <summary>The attribute set (4: Default).</summary>
    public int AttributeSetId { get; set; } = 4;
    /// <summary>1 enabled, 2 disabled.</summary>
    public int Status { get; set; } = 1;
    /// <summary>1 not visible individually, 2 catalog, 3 search, 4 catalog and search.</summary>
    public int Visibility { get; set; } = 4;
    /// <summary>The weight.</summary>
    public decimal? Weight { get; set; }
    /// <summary>Base prices by store id (0: global / default website scope).</summary>
    public SortedDictionary<int, decimal> Prices { get; } = [];
    /// <summary>Custom attributes (code to value), e.g. size to an option id.</summary>
    public SortedDictionary<string, string> CustomAttributes { get; } = new(StringComparer.Ordinal);
    /// <summary>Website ids the product is assigned to.</summary>
    public List<int> WebsiteIds { get; } = [1];
    /// <summary>A configurable product's options.</summary>
    public List<ConfigurableOption> Options { get; } = [];
    /// <summary>A configurable product's children, by SKU.</summary>
    public List<string> Children { get; } = [];
    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The price a store sees: its own base price, else the global one; null when none is set.</summary>
    public decimal? PriceFor(int storeId) => Prices.TryGetValue(storeId, out var own) ? own : Prices.TryGetValue(0, out var global) ? global : null;

    /// <summary>The name a store view shows.</summary>
    public string NameFor(string storeCode) => StoreNames.TryGetValue(storeCode, out var own) ? own : Name;
}
