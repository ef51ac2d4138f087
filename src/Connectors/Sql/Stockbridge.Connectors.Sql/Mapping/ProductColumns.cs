namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>The columns of the products query: one row per variant, variants grouped by source_product_code.</summary>
public static class ProductColumns
{
    public const string ProductCode = "source_product_code";
    public const string VariantCode = "source_variant_code";
    public const string Sku = "sku";
    public const string Title = "title";
    public const string Price = "price";
    public const string Qty = "qty";
    public const string Active = "product_active";
    public const string PriceTierPrefix = "price_";
    public const string WarehousePrefix = "qty_";

    /// <summary>The fixed columns (the change column, named by a setting, and the price_/qty_ families come on top).</summary>
    public static IReadOnlyList<ColumnSpec> All { get; } =
    [
        new(ProductCode, ColumnKind.Text, true, "source_product_code", "Groups variants into one product; the query's rows are read ordered by it."),
        new(VariantCode, ColumnKind.Text, true, "variants.source_variant_code", "The variant's code, unique within its product."),
        new(Sku, ColumnKind.Text, true, "variants.sku", "The SKU channels sell."),
        new(Title, ColumnKind.Text, true, "title", "The product's title (the first variant row's)."),
        new(Price, ColumnKind.Number, true, "variants.price", "The selling price ex tax."),
        new(Qty, ColumnKind.Number, true, "variants.qty", "Available quantity (on hand less on sales order); negative is read as 0."),
        new(Active, ColumnKind.Flag, false, "product_active", "true/false, or Active/Ignore/Delete: Ignore rows are never sent, Delete is inactive. Empty: active."),
        new("body_html", ColumnKind.Text, false, "body_html", "The product's description (HTML)."),
        new("vendor", ColumnKind.Text, false, "vendor", "The brand."),
        new("product_type", ColumnKind.Text, false, "product_type", "The product type."),
        new("collection", ColumnKind.Text, false, "collection", "The collection."),
        new("tags", ColumnKind.Text, false, "tags", "Comma-separated tags."),
        new("barcode", ColumnKind.Text, false, "variants.barcode", "The barcode."),
        new("grams", ColumnKind.Integer, false, "variants.grams", "Weight in grams."),
        new("inventory_management", ColumnKind.Flag, false, "variants.inventory_management", "Whether channels track stock (default true)."),
        new("option1_name", ColumnKind.Text, false, "options[0]", "The first option's name (e.g. Colour)."),
        new("option1", ColumnKind.Text, false, "variants.option1", "The variant's first option value."),
        new("option2_name", ColumnKind.Text, false, "options[1]", "The second option's name (e.g. Size)."),
        new("option2", ColumnKind.Text, false, "variants.option2", "The variant's second option value."),
        new("option3_name", ColumnKind.Text, false, "options[2]", "The third option's name."),
        new("option3", ColumnKind.Text, false, "variants.option3", "The variant's third option value."),
    ];
}
