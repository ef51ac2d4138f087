using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.WooCommerce.Simulator.State;

/// <summary>A product or (with <see cref="ParentId"/> set) a variation of a variable product.</summary>
public sealed class WooProduct
{
    /// <summary>The id (products and variations share one sequence, as posts do in WordPress).</summary>
    public required int Id { get; init; }

    /// <summary>The variable product a variation belongs to; 0 for a product.</summary>
    public int ParentId { get; init; }

    /// <summary>The name (a variation's is its parent's name and its options).</summary>
    public string Name { get; set; } = "";

    /// <summary>simple, variable, grouped, external; variation for a variation.</summary>
    public string Type { get; set; } = "simple";

    /// <summary>publish, draft, pending, private.</summary>
    public string Status { get; set; } = "publish";

    /// <summary>The SKU; empty when none.</summary>
    public string Sku { get; set; } = "";

    /// <summary>The regular price, or null when not set.</summary>
    public decimal? RegularPrice { get; set; }

    /// <summary>The sale price, or null when not on sale.</summary>
    public decimal? SalePrice { get; set; }

    /// <summary>Whether stock is managed (then <see cref="StockQuantity"/> counts).</summary>
    public bool ManageStock { get; set; }

    /// <summary>Units in stock when managed.</summary>
    public int? StockQuantity { get; set; }

    /// <summary>The stock status when stock is not managed: instock, outofstock, onbackorder.</summary>
    public string StockStatusWhenUnmanaged { get; set; } = "instock";

    /// <summary>The attributes as sent (product: name/options; variation: name/option).</summary>
    public JsonArray Attributes { get; set; } = [];

    /// <summary>The variations' ids of a variable product.</summary>
    public List<int> VariationIds { get; } = [];

    /// <summary>Custom fields.</summary>
    public List<WooMeta> MetaData { get; } = [];

    /// <summary>When created (UTC).</summary>
    public DateTimeOffset DateCreated { get; init; }

    /// <summary>When last changed (UTC).</summary>
    public DateTimeOffset DateModified { get; set; }

    /// <summary>The price a shopper pays: the sale price when set, else the regular price.</summary>
    public decimal? Price => SalePrice ?? RegularPrice;

    /// <summary>What WooCommerce reports: derived from the quantity when managed.</summary>
    public string StockStatus => ManageStock ? (StockQuantity > 0 ? "instock" : "outofstock") : StockStatusWhenUnmanaged;
}
