using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.ISync.Manifest;

/// <summary>The default field tables, with the field names iSync's hub page uses.</summary>
public static class ISyncFieldTables
{
    /// <summary>Products and orders (customers are not carried).</summary>
    public static IReadOnlyList<FieldTable> All { get; } =
    [
        new("products", "iSync → Stockbridge",
        [
            new("JobProductID", "source_product_code", "Groups variants into one product; equal to the SKU for a simple product."),
            new("SKU", "source_variant_code", "The item code (product ref code / item no)."),
            new("SKU", "variants.sku", "The item code as the channels' SKU."),
            new("JobDescription", "title", "The title: the description of the SKU equal to the JobProductID, else of the first SKU."),
            new("Options[].Name / Value", "options / variants.option1..3", "A variant's options, e.g. Size = M (assumed field)."),
            new("SellingPrice", "variants.price", "The selling price ex VAT in the warehouse read (Master unless set)."),
            new("RetailSellingPrice / SellingPrice", "variants.price_tiers", "Both prices as tiers named RetailSellingPrice and SellingPrice."),
            new("AvailableUnits", "variants.qty", "Units available in that warehouse."),
            new("WebSale", "product_active", "Active: for sale; Delete: inactive (each channel's inactive rule); Ignore: never sent."),
            new("(constant true)", "variants.inventory_management", "Stock is always managed."),
        ], "A WebSale value other than Ignore, Active or Delete fails that product's pull (the value is named in the log); the others go on."),
        new("orders", "Stockbridge → iSync",
        [
            new("PONumber", "channel_order_code", "The channel's order code; an order is looked up by it before it is posted again."),
            new("CustomerCode", "source_customer_code", "The order's account, else the Web Sales Customer Account (assumed field)."),
            new("DeliveryDetail", "shipping_address", "The shipping address as entered on the website, one line of text."),
            new("Lines[].ProductStockID", "line_items[].sku", "The SKU of each ordered line."),
            new("Lines[].Units", "line_items[].qty", "The quantity of each line."),
            new("Lines[].SellingPrice", "line_items[].net_total / qty", "The unit price ex VAT after discounts (up to 5 decimals)."),
            new("ProductStockID (service line)", "shipping_lines[].price", "Shipping after its discounts, ex VAT, as one pre-defined service line."),
        ], "Line values and shipping add up to what the shopper paid ex VAT, to the cent; cents a unit price cannot carry go on the rounding service line."),
    ];
}
