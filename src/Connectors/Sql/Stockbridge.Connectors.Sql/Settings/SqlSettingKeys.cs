namespace Stockbridge.Connectors.Sql.Settings;

/// <summary>The manifest keys of a SQL connection's settings.</summary>
public static class SqlSettingKeys
{
    public const string Engine = "engine";
    public const string Server = "server";
    public const string Port = "port";
    public const string Database = "database";
    public const string Username = "username";
    public const string Password = "password";
    public const string ConnectionOptions = "connection_options";
    public const string ProductsQuery = "products_query";
    public const string ChangeColumn = "change_column";
    public const string OverlapSeconds = "overlap_seconds";
    public const string PageSize = "page_size";
    public const string CustomersQuery = "customers_query";
    public const string OrderLookupQuery = "order_lookup_query";
    public const string OrderHeaderStatement = "order_header_statement";
    public const string OrderLineStatement = "order_line_statement";
    public const string OrderUsername = "order_username";
    public const string OrderPassword = "order_password";
}
