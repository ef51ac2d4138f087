namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>A catalogue product as Magento holds it (one row of <c>catalog_product_entity</c> with its stock item).</summary>
public sealed class MagentoProduct
{
    /// <summary>The entity id.</summary>
    public required int Id { get; init; }
    /// <summary>The SKU (unique).</summary>
    public required string Sku { get; set; }
    /// <summary>simple, configurable, virtual, ...</summary>
    public required string Type { get; init; }
    /// <summary>The attribute set id.</summary>
    public required int SetId { get; set; }
    /// <summary>name.</summary>
    public string Name { get; set; } = "";
    /// <summary>description.</summary>
    public string Description { get; set; } = "";
    /// <summary>short_description.</summary>
    public string ShortDescription { get; set; } = "";
    /// <summary>price (ex tax in this store).</summary>
    public decimal Price { get; set; }
    /// <summary>special_price, when set.</summary>
    public decimal? SpecialPrice { get; set; }
    /// <summary>1 enabled, 2 disabled.</summary>
    public int Status { get; set; } = 1;
    /// <summary>1 not visible individually, 2 catalog, 3 search, 4 catalog and search.</summary>
    public int Visibility { get; set; } = 4;
    /// <summary>weight.</summary>
    public string Weight { get; set; } = "0";
    /// <summary>tax_class_id.</summary>
    public string TaxClassId { get; set; } = "2";
    /// <summary>Extra attributes (additional_attributes single_data), e.g. size or color of a simple under a configurable.</summary>
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);
    /// <summary>The stock item's qty.</summary>
    public decimal Qty { get; set; }
    /// <summary>The stock item's is_in_stock.</summary>
    public bool IsInStock { get; set; }
    /// <summary>The stock item's manage_stock.</summary>
    public bool ManageStock { get; set; } = true;
    /// <summary>For a configurable: the SKUs of its simples (associated products).</summary>
    public List<string> ChildSkus { get; } = [];
    /// <summary>created_at.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>updated_at.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The price a shopper pays ex tax: the special price when lower.</summary>
    public decimal SellingPrice => SpecialPrice is { } special && special < Price ? special : Price;

    /// <summary>Whether a shopper can buy it: enabled and in stock (or stock not managed).</summary>
    public bool ForSale => Status == 1 && (!ManageStock || IsInStock);
}
