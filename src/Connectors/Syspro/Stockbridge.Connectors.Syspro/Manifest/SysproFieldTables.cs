using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Connectors.Syspro.Manifest;

/// <summary>The default field tables of seed 000 (products, customers, orders), with Stockbridge's canonical names.</summary>
internal static class SysproFieldTables
{
    public static IReadOnlyList<FieldTable> All { get; } =
    [
        new("products", "to Stockbridge",
        [
            new("StockCode", "source_product_code", "The unique identifier of a product"),
            new("StockCode", "source_variant_code", "The unique identifier of a product"),
            new("Description", "title", "The title/name of a product (trailing spaces removed)"),
            new("UserField1-5", "product_active", "The UserField chosen in the settings marks the product active when it holds the active value"),
            new("InvPrice table", "csv_price_tiers", "Price Code and Selling Price; the row of InvMaster.ListPriceCode is also variants.price"),
            new("InvWarehouse table", "variants.qty", "Per warehouse QtyOnHand - QtyAllocated, never below 0 (qty_availability), summed over the chosen warehouses"),
            new("StockCode", "variants.sku", "The unique identifier of a product"),
            new("true", "variants.inventory_management", "Every SYSPRO stock code is inventory managed"),
            new("Decimals", "variants.quantity_decimals", "Decimal places the stock code is sold in; an order line with more is refused before SYSPRO is called"),
        ], "Products are read from the company database, ordered by StockCode and streamed. Incremental reads use the TimeStamp (rowversion) of InvMaster, InvPrice and InvWarehouse: a change to a price or a warehouse row re-reads its product."),
        new("customers", "to Stockbridge",
        [
            new("'true'", "customer_active", "Hard-coded true, or false while the customer is on hold (Customer Active Rule)"),
            new("Customer", "source_customer_code", "The account code of the customer"),
            new("Name", "first_name", "There is no first name field, Name is used"),
            new("Name", "last_name", "There is no last name field, Name is used"),
            new("Email", "email", "Email address of the customer"),
            new("PriceCode", "price_tier", "Which InvPrice price code the customer buys at"),
            new("CreditLimit", "credit_limit", "The customer's credit limit"),
            new("CustomerOnHold", "on_hold", "Y means on hold: SYSPRO refuses its orders"),
            new("Salesperson", "sales_rep", "The customer's salesperson"),
        ], "Customers can only be synced to the B2B Trade Store sales channel."),
        new("orders", "to SYSPRO",
        [
            new("CustomerPoNumber", "channel_order_code", "The channel's order code; Stockbridge finds an order by it before any retry, so an order is raised once"),
            new("Salesperson", "sales_rep_id", "Sales rep for the order (or the Default Salesperson)"),
            new("OrderType", "order_type", "Order or invoice, sent as the Order Type or Invoice Order Type code"),
            new("Customer", "source_customer_code", "The customer account to process the order against (or the Default Customer)"),
            new("StockCode", "line_item.sku", "Unique identifier of the line item"),
            new("OrderQty", "line_item.qty", "Qty of the line item that was ordered"),
            new("Price", "line_item.price", "Per unit, ex tax (sent with AlwaysUsePriceEntered): the net price after the line's discounts with Discounts = net_price, else the list price"),
            new("LineDiscValue (LineDiscValFlag V)", "line_item.total_discount", "The line's discounts as a value, with Discounts = line_discount (sent with AlwaysUseDiscountEntered)"),
            new("MiscChargeLine (negative)", "discounts", "Every discount on one line, with Discounts = discount_line; a rounding line carries any cent a 5-decimal net price cannot"),
            new("FreightLine / MiscChargeLine", "shipping_lines", "Shipping charges after shipping discounts, per the Shipping Line setting"),
        ], "Orders are raised with the SORTOI business object through e.net (Transaction/Post, by SOAP by default, so an order of any length goes in one document); SORTOI must be enabled for the operator. "
            + "A channel refund or cancellation after the raise changes the sales order with a SORTOI change document (OrderActionType C: quantities "
            + "reduced, refunded lines and freight removed) or cancels it (OrderActionType D); an order at status 8 or 9 (dispatched, invoiced) is "
            + "refused and left for a credit note by hand. [assumed: SYSPRO's change semantics are reconstructed from SORTOIDOC's element list]"),
    ];
}
