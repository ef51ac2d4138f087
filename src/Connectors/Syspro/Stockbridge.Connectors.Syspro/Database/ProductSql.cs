using System.Globalization;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// The product reads. One statement returns InvMaster, InvPrice and InvWarehouse rows interleaved by StockCode
/// (RowKind 0 master, 1 price, 2 warehouse; any order within a StockCode) so one pass of one reader builds each product:
/// SQLite merges the three primary-key-ordered inputs without a sort (EXPLAIN: MERGE (UNION ALL), no temp B-tree),
/// and memory stays flat however many stock codes there are.
/// </summary>
internal static class ProductSql
{
    /// <summary>Every row of stock codes in the key range, ordered for merging. <paramref name="userField"/> is 1..5.</summary>
    public static string Rows(int userField, string where) => string.Create(CultureInfo.InvariantCulture, $"""
        SELECT StockCode, 0 AS RowKind, Description AS Text1, UserField{userField} AS Text2, ListPriceCode AS Text3, Decimals AS Num1, 0 AS Num2, TimeStamp FROM InvMaster WHERE {where}
        UNION ALL SELECT StockCode, 1, PriceCode, NULL, NULL, SellingPrice, 0, TimeStamp FROM InvPrice WHERE {where}
        UNION ALL SELECT StockCode, 2, Warehouse, NULL, NULL, QtyOnHand, QtyAllocated, TimeStamp FROM InvWarehouse WHERE {where}
        ORDER BY StockCode
        """);

    /// <summary>Stock codes with any row changed after the watermark, each with its version (the max TimeStamp over its rows), oldest first.</summary>
    public const string ChangedSince = """
        SELECT StockCode, MAX(TimeStamp) AS Version FROM (
            SELECT StockCode, TimeStamp FROM InvMaster WHERE TimeStamp > @after
            UNION ALL SELECT StockCode, TimeStamp FROM InvPrice WHERE TimeStamp > @after
            UNION ALL SELECT StockCode, TimeStamp FROM InvWarehouse WHERE TimeStamp > @after) AS changed
        GROUP BY StockCode ORDER BY Version
        """;

    /// <summary>The highest rowversion over the product tables (SQL Server: use MIN_ACTIVE_ROWVERSION() - 1 instead).</summary>
    public const string Watermark = """
        SELECT MAX(ts) FROM (
            SELECT MAX(TimeStamp) AS ts FROM InvMaster
            UNION ALL SELECT MAX(TimeStamp) FROM InvPrice
            UNION ALL SELECT MAX(TimeStamp) FROM InvWarehouse) AS t
        """;
}
