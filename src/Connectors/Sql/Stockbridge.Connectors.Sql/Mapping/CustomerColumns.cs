namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>The columns of the customers query: one row per customer.</summary>
public static class CustomerColumns
{
    public const string Code = "source_customer_code";

    /// <summary>Every column the mapping reads.</summary>
    public static IReadOnlyList<ColumnSpec> All { get; } =
    [
        new(Code, ColumnKind.Text, true, "source_customer_code", "The customer's account code; the query's rows are read ordered by it."),
        new("email", ColumnKind.Text, false, "email", "Used to match channel orders to accounts."),
        new("first_name", ColumnKind.Text, false, "first_name", "The contact's first name."),
        new("last_name", ColumnKind.Text, false, "last_name", "The contact's last name."),
        new("company", ColumnKind.Text, false, "company", "The account's name."),
        new("phone", ColumnKind.Text, false, "phone", "The account's phone number."),
        new("customer_active", ColumnKind.Flag, false, "customer_active", "true/false; empty: active."),
        new("price_tier", ColumnKind.Text, false, "price_tier", "The price tier the account buys at (a price_<tier> column of the products query)."),
        new("credit_limit", ColumnKind.Number, false, "credit_limit", "The account's credit limit."),
    ];
}
