using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Domain.Catalog;
using P = Stockbridge.Connectors.Sql.Mapping.ProductColumns;

namespace Stockbridge.Connectors.Sql.Mapping;

/// <summary>
/// Groups the products query's rows (ordered by source_product_code, source_variant_code) into products. A product with an
/// unusable row (NULL in a required column, a wrong type, a duplicated variant) is left out and logged with the column and
/// what is wrong; the others go on. Rows whose product_active is Ignore are never sent.
/// </summary>
public sealed class ProductAssembler(string changeColumn, ILogger logger)
{
    /// <summary>Products, one per run of rows with the same source_product_code.</summary>
    public async IAsyncEnumerable<AssembledProduct> AssembleAsync(IAsyncEnumerable<SqlRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var group = new List<SqlRow>();
        string? code = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var rowCode = ColumnValues.Text(row[P.ProductCode]) ?? "";
            if (code is not null && !string.Equals(rowCode, code, StringComparison.Ordinal))
            {
                if (Build(code, group) is { } product) yield return product;
                group.Clear();
            }
            code = rowCode;
            group.Add(row);
        }
        if (code is not null && Build(code, group) is { } lastProduct) yield return lastProduct;
    }

    /// <summary>The product of one group's rows, or null when it has none to send or a row is unusable (logged).</summary>
    public AssembledProduct? Build(string code, IReadOnlyList<SqlRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        try
        {
            return Assemble(code, rows);
        }
        catch (RowProblemException e)
        {
            logger.LogWarning("The products query's product '{Code}' is not read: {Problem}", code, e.Message);
            return null;
        }
    }

    private AssembledProduct? Assemble(string code, IReadOnlyList<SqlRow> rows)
    {
        if (code.Length == 0) throw new RowProblemException(P.ProductCode, "is NULL or empty; every row must have it");
        var variants = ImmutableArray.CreateBuilder<Variant>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        object? change = null;
        SqlRow? first = null;
        foreach (var row in rows)
        {
            var state = RowReader.Flag(row, P.Active, empty: true);
            if (state == FlagValue.Unknown) throw new RowProblemException(P.Active, $"is '{row[P.Active]}'; it must be true/false or Active/Ignore/Delete");
            if (row.Shape.Has(changeColumn) && RowReader.Change(row, changeColumn) is { } marker && (change is null || Compare(marker, change) > 0)) change = marker;
            if (state == FlagValue.Ignore) continue;
            var variant = Variant(row, state == FlagValue.True);
            if (!seen.Add(variant.SourceVariantCode)) throw new RowProblemException(P.VariantCode, $"'{variant.SourceVariantCode}' appears twice (the query returns duplicate rows)");
            first ??= row;
            variants.Add(variant);
        }
        if (first is null) return null;
        var product = new Product
        {
            SourceProductCode = code,
            Title = RowReader.RequiredText(first, P.Title),
            BodyHtml = RowReader.Text(first, "body_html"),
            Vendor = RowReader.Text(first, "vendor"),
            ProductType = RowReader.Text(first, "product_type"),
            Collection = RowReader.Text(first, "collection"),
            Tags = [.. (RowReader.Text(first, "tags") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)],
            Options = [.. new[] { "option1_name", "option2_name", "option3_name" }.Select(c => RowReader.Text(first, c)).TakeWhile(n => n is not null).Select(n => n!)],
            Active = RowReader.Flag(first, P.Active, empty: true) == FlagValue.True,
            Variants = variants.ToImmutable(),
        };
        return new AssembledProduct(product, change);
    }

    private static Variant Variant(SqlRow row, bool active)
    {
        var tiers = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        var warehouses = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        foreach (var column in row.Shape.Names)
        {
            if (column.Length > P.PriceTierPrefix.Length && column.StartsWith(P.PriceTierPrefix, StringComparison.OrdinalIgnoreCase)
                && RowReader.Number(row, column) is { } price)
                tiers[column[P.PriceTierPrefix.Length..].ToLowerInvariant()] = price;
            else if (column.Length > P.WarehousePrefix.Length && column.StartsWith(P.WarehousePrefix, StringComparison.OrdinalIgnoreCase)
                && RowReader.Number(row, column) is { } qty)
                warehouses[column[P.WarehousePrefix.Length..].ToLowerInvariant()] = Math.Max(0, qty);
        }
        return new Variant
        {
            SourceVariantCode = RowReader.RequiredText(row, P.VariantCode),
            Sku = RowReader.RequiredText(row, P.Sku),
            Barcode = RowReader.Text(row, "barcode"),
            Grams = RowReader.Integer(row, "grams"),
            InventoryManagement = RowReader.Flag(row, "inventory_management", empty: true) != FlagValue.False,
            Option1 = RowReader.Text(row, "option1"),
            Option2 = RowReader.Text(row, "option2"),
            Option3 = RowReader.Text(row, "option3"),
            Price = RowReader.RequiredNumber(row, P.Price),
            Qty = Math.Max(0, RowReader.RequiredNumber(row, P.Qty)),
            PriceTiers = tiers.ToImmutable(),
            QtyAvailability = warehouses.ToImmutable(),
            Active = active,
        };
    }

    /// <summary>Compares two change markers of the same column (both dates or both numbers).</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (DateTime a, DateTime b) => a.CompareTo(b),
        (long a, long b) => a.CompareTo(b),
        _ => throw new RowProblemException("change column", $"mixes dates and numbers ({left}, {right})"),
    };
}
