namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>The columns of the order look-up query.</summary>
public static class OrderLookupColumns
{
    public const string OrderCode = "source_order_code";

    /// <summary>Every column the look-up reads.</summary>
    public static IReadOnlyList<ColumnSpec> All { get; } =
    [
        new(OrderCode, ColumnKind.Text, true, "source_order_code", "The ERP's order number for @channel_order_code (text or a number)."),
    ];
}
