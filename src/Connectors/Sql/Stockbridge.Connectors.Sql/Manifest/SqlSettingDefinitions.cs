using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Sql.Database;
using K = Stockbridge.Connectors.Sql.Settings.SqlSettingKeys;

namespace Stockbridge.Connectors.Sql.Manifest;

/// <summary>The settings of a SQL connection, in the setup form's order: where the database is, the read-only login, the queries.</summary>
public static class SqlSettingDefinitions
{
    /// <summary>In form order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(K.Engine, "Database Engine", SettingType.Choice,
            "The ERP's database engine: sqlserver, postgresql, mysql (MySQL or MariaDB) or sqlite (a database file on the hub's machine).",
            Choices: SqlEngineNames.All),
        new(K.Server, "Server Name / IP Address", SettingType.Text,
            "The database server's host name or IP address (for SQL Server the Windows name, e.g. ERP01\\SQLEXPRESS). Not used for sqlite.", Required: false),
        new(K.Port, "Port", SettingType.Integer, "The server's port when it is not the engine's default (1433, 5432, 3306).", Required: false),
        new(K.Database, "Database Name", SettingType.Text,
            "The company database to read. For sqlite: the path of the database file, under a directory the hub's operator allows.",
            LocalPathWhen: new(K.Engine, SqlEngineNames.Sqlite)),
        new(K.Username, "Database Username (read-only)", SettingType.Text,
            "A login that may only read (SELECT) the tables the queries use; Stockbridge opens its connection read-only where the engine allows. Not used for sqlite.",
            Required: false),
        new(K.Password, "Database Password (read-only)", SettingType.Secret, "The read-only login's password.", Required: false),
        new(K.ConnectionOptions, "Connection Options", SettingType.Text,
            "Extra driver options as key=value pairs separated by ';' (e.g. TrustServerCertificate=true for SQL Server); empty for none.", Required: false),
        new(K.ProductsQuery, "Products Query", SettingType.Text,
            "A SELECT returning one row per variant with the columns of the products table below (source_product_code, source_variant_code, sku, title, price, qty, and the change column); extra price_<tier> and qty_<warehouse> columns become price tiers and warehouse stock."),
        new(K.ChangeColumn, "Change Column", SettingType.Text,
            "The products query's column that holds when a row last changed (a date/time or a number that only grows, e.g. a rowversion cast to bigint).",
            Required: false, Default: "changed_at"),
        new(K.OverlapSeconds, "Change Overlap (seconds)", SettingType.Integer,
            "How far before the last change seen each incremental read starts again, so rows committed late by long transactions are not missed.",
            Required: false, Default: "300"),
        new(K.PageSize, "Page Size", SettingType.Integer, "Rows read per query page (keyset paging on the key columns).", Required: false, Default: "1000"),
        new(K.CustomersQuery, "Customers Query", SettingType.Text,
            "A SELECT returning one row per customer with the columns of the customers table below; empty when customers are not synced.", Required: false),
        new(K.OrderLookupQuery, "Order Look-up Query", SettingType.Text,
            "A SELECT taking @channel_order_code and returning source_order_code: the ERP order already raised for that channel order, if any. Run before every raise so an order is raised once.",
            Required: false),
        new(K.OrderHeaderStatement, "Order Header Statement", SettingType.Text,
            "An INSERT into the ERP's order import table (or a stored procedure call) taking @channel_order_code, @customer_code, @email, @order_date, @shipping_ex_tax, @total_ex_tax; empty when the ERP takes lines only.",
            Required: false),
        new(K.OrderLineStatement, "Order Line Statement", SettingType.Text,
            "An INSERT (or procedure call) run once per order line, in the same transaction as the header, taking @channel_order_code, @line_number, @sku, @qty, @unit_price_ex_tax, @line_net_ex_tax; empty when orders are not raised.",
            Required: false),
        new(K.OrderUsername, "Order Database Username", SettingType.Text,
            "A separate login allowed to run only the order statements (e.g. INSERT on the import tables); empty raises with the read-only login, which the engine will refuse.",
            Required: false),
        new(K.OrderPassword, "Order Database Password", SettingType.Secret, "The order login's password.", Required: false),
    ];
}
