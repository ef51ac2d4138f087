using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Sql.Mapping;

namespace Stockbridge.Connectors.Sql.Manifest;

/// <summary>What the hub, the setup form and the getting-started page know about the SQL source.</summary>
public static class SqlManifest
{
    /// <summary>The connector's key.</summary>
    public const string Key = "sql";

    /// <summary>The manifest.</summary>
    public static ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "SQL-backed ERP",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Customers | ConnectorCapabilities.Orders | ConnectorCapabilities.IncrementalReads,
        Description = "Any ERP or accounting system whose data sits in a SQL database (SQL Server, PostgreSQL, MySQL/MariaDB or SQLite). "
            + "The connection is configured, not coded: the merchant's own read-only queries return the columns below, Stockbridge runs them "
            + "on a read-only login (opened read-only where the engine allows), page by page, reads only what changed since its last read "
            + "(a change column with an overlap window), and raises orders, when configured, with a separate login into the ERP's import "
            + "table or stored procedure, exactly once (the look-up query on the channel order code runs first).",
        Settings = SqlSettingDefinitions.All,
        Prerequisites =
        [
            "Server Name / IP Address (the Windows name of the server for SQL Server)",
            "Database Name (the company database Stockbridge connects to)",
            "Database Username (read-only)",
            "Database Password (read-only)",
            "A products query (and optionally customers and order look-up queries) returning the columns below; Stockbridge checks at setup that each runs, is read-only and returns them with usable types.",
            "To raise orders: an import table or stored procedure, and a second login allowed to write only there.",
        ],
        FieldTables =
        [
            Table("products", "SQL-backed ERP → Stockbridge", ProductColumns.All,
                "One row per variant; add price_<tier> columns for price tiers and qty_<warehouse> columns for stock per warehouse, and the change column (default changed_at)."),
            Table("customers", "SQL-backed ERP → Stockbridge", CustomerColumns.All, "Optional: leave the customers query empty when customers are not synced."),
            new("orders", "Stockbridge → SQL-backed ERP",
            [
                new("@channel_order_code", "channel_order_code", "The channel's order code: the look-up query's parameter, and both statements'."),
                new("@customer_code", "source_customer_code", "The matched account (header statement)."),
                new("@email", "customer.email", "The shopper's e-mail (header statement)."),
                new("@order_date", "placed_at", "When the order was placed, UTC (header statement)."),
                new("@shipping_ex_tax", "shipping_lines[].price", "Shipping after its discounts, ex tax (header statement)."),
                new("@total_ex_tax", "total_ex_tax", "Lines after discounts plus shipping, ex tax: what the shopper paid (header statement)."),
                new("@line_number", "line_items[] position", "1, 2, … (line statement)."),
                new("@sku", "line_items[].sku", "The stock code (line statement)."),
                new("@qty", "line_items[].qty", "The quantity (line statement)."),
                new("@unit_price_ex_tax", "line_items[].price", "The list unit price ex tax (line statement)."),
                new("@line_net_ex_tax", "line_items[].net_total", "What the shopper paid for the line ex tax after every discount, to the cent (line statement)."),
                new(OrderLookupColumns.OrderCode, "source_order_code", "The look-up query's column: the ERP order number."),
            ], "Both statements run in one transaction on the order login; the look-up query runs before it (an order found is not raised again) and after it (for the ERP's number)."),
        ],
        NotSupported =
        [
            "Writing through the read-only login: every query runs in a read-only session, and the setup check refuses a query that writes.",
            "Hard-deleted rows are not seen by incremental reads: mark them with product_active = Delete, or let the hub's full pull (a connection without incremental reads) find them.",
            "Customers are re-read in full on each pull (their query has no change column).",
            "SQL Server has not been run against: no SQL Server can run on the machines this connector is tested on (SQLite, PostgreSQL and MariaDB are).",
        ],
    };

    private static FieldTable Table(string entity, string direction, IReadOnlyList<ColumnSpec> columns, string notes) =>
        new(entity, direction, [.. columns.Select(c => new FieldMapping(c.Name, c.Target, (c.Required ? "Required. " : "") + c.Description))], notes);
}
