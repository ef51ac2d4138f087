namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>
/// The template mapping for the Acme ERP: the queries and statements a merchant would enter in the setup form, producing the
/// canonical columns. Only the latest-of-two-dates function differs between engines.
/// </summary>
public static class AcmeQueries
{
    /// <summary>One row per stock item (variant), grouped by style; the change column is the later of the item's and its stock's.</summary>
    public static string Products(AcmeEngine engine)
    {
        var latest = engine == AcmeEngine.Sqlite ? "MAX" : "GREATEST";
        return $"""
            SELECT i.style_code AS source_product_code,
                   i.item_code AS source_variant_code,
                   i.item_code AS sku,
                   i.description AS title,
                   i.web_status AS product_active,
                   'Colour' AS option1_name,
                   i.colour AS option1,
                   'Size' AS option2_name,
                   i.size AS option2,
                   i.barcode AS barcode,
                   i.list_price AS price,
                   i.trade_price AS price_trade,
                   COALESCE((SELECT SUM(s.on_hand - s.on_sales_order) FROM acme_stock s WHERE s.item_code = i.item_code), 0) AS qty,
                   COALESCE((SELECT s.on_hand - s.on_sales_order FROM acme_stock s WHERE s.item_code = i.item_code AND s.warehouse = 'JHB'), 0) AS qty_jhb,
                   COALESCE((SELECT s.on_hand - s.on_sales_order FROM acme_stock s WHERE s.item_code = i.item_code AND s.warehouse = 'CPT'), 0) AS qty_cpt,
                   {latest}(i.updated_at, COALESCE((SELECT MAX(s.updated_at) FROM acme_stock s WHERE s.item_code = i.item_code), i.updated_at)) AS changed_at
            FROM acme_items i
            """;
    }

    /// <summary>One row per customer; an account on hold is inactive.</summary>
    public const string Customers = """
        SELECT c.account AS source_customer_code,
               c.email AS email,
               c.contact_first AS first_name,
               c.contact_last AS last_name,
               c.name AS company,
               CASE WHEN c.on_hold = 'Y' THEN 'false' ELSE 'true' END AS customer_active,
               c.price_list AS price_tier
        FROM acme_customers c
        """;

    /// <summary>The ERP order already imported for a channel order.</summary>
    public const string OrderLookup = "SELECT o.id AS source_order_code FROM acme_order_import o WHERE o.channel_order_code = @channel_order_code";

    /// <summary>The order header into the import table.</summary>
    public const string OrderHeader = """
        INSERT INTO acme_order_import (channel_order_code, customer_account, email, order_date, freight, total_ex_tax)
        VALUES (@channel_order_code, @customer_code, @email, @order_date, @shipping_ex_tax, @total_ex_tax)
        """;

    /// <summary>One order line into the import table (an unknown item code fails its foreign key).</summary>
    public const string OrderLine = """
        INSERT INTO acme_order_import_lines (order_code, line_no, item_code, qty, unit_price, net_value)
        VALUES (@channel_order_code, @line_number, @sku, @qty, @unit_price_ex_tax, @line_net_ex_tax)
        """;
}
