using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Takealot;

/// <summary>The manifest's field tables.</summary>
public static partial class TakealotManifest
{
    private static IReadOnlyList<FieldTable> FieldTables =>
    [
        new("products", "Stockbridge → Takealot (offers)",
        [
            new("offer_id / barcode / sku", "variants.sku, variants.barcode", "The offer by its id once known, else created on the ERP's barcode, else found by SKU."),
            new("selling_price", "variants.price", "The channel rules' price tier, VAT included, rounded down to whole rand."),
            new("rrp", "compare-at price", "The channel rules' compare_at_tier, rounded down to whole rand; 0 (none) when not above the selling price."),
            new("leadtime_stock[].quantity", "variants.qty", "The projected quantity, in whole units, in the mapped merchant warehouse."),
            new("leadtime_days", "leadtime_days setting", "Sent only when the connection sets it."),
            new("status_action", "status", "Re-enable for active products, Disable for inactive ones."),
        ]),
        new("orders", "Takealot → Stockbridge",
        [
            new("order_id", "channel_order_code", "One order per Takealot order id, with every order item as a line."),
            new("order_item_id", "line_items[].channel_line_id", "The order item."),
            new("sku", "line_items[].sku", "The offer's SKU."),
            new("quantity", "line_items[].qty", "Units sold."),
            new("selling_price", "line_items[].net_total + tax_lines", "The line total the shopper paid incl. 15 % VAT: net = total / 1.15 to the cent, VAT = the rest."),
            new("po_number", "fulfilments", "Set: a leadtime sale the merchant ships. Unset: shipped from Takealot's DC stock, marked shipped by Takealot."),
        ]),
    ];
}
