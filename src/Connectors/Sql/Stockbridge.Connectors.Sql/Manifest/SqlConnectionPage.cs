using Stockbridge.Connectors.Docs;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Mapping;
using Stockbridge.Connectors.Sql.Settings;

namespace Stockbridge.Connectors.Sql.Manifest;

/// <summary>
/// A connection's own getting-started page, in the shape of every connector page (seed 002's: prerequisites, then one field
/// table per entity), generated from the columns its configured queries actually return: each column with the canonical field
/// it fills (price_&lt;tier&gt; and qty_&lt;warehouse&gt; by name), and the columns the mapping does not use marked so.
/// </summary>
public static class SqlConnectionPage
{
    /// <summary>The page of a connection to an ERP called <paramref name="erpName"/>.</summary>
    public static async Task<string> RenderAsync(SqlSettings settings, string erpName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var connections = new SqlConnections(settings);
        var products = await QueryShapes.ReadAsync(connections, "products query", settings.ProductsQuery, cancellationToken);
        var tables = new List<FieldTable>
        {
            Table("products", $"{erpName} → Stockbridge", products, [.. ProductColumns.All, new(settings.ChangeColumn, ColumnKind.Change, true, "(incremental reads)", "When the row last changed: each read starts from the latest change seen, less the overlap window.")],
                "One row per variant, read from the products query page by page."),
        };
        if (!string.IsNullOrWhiteSpace(settings.CustomersQuery))
        {
            var customers = await QueryShapes.ReadAsync(connections, "customers query", settings.CustomersQuery, cancellationToken);
            tables.Add(Table("customers", $"{erpName} → Stockbridge", customers, CustomerColumns.All, "One row per customer, read from the customers query."));
        }
        var orders = SqlManifest.Manifest.FieldTables.Single(t => t.Entity == "orders");
        if (settings.RaisesOrders) tables.Add(orders with { Direction = $"Stockbridge → {erpName}" });
        var manifest = SqlManifest.Manifest with
        {
            DisplayName = erpName,
            FieldTables = tables,
            NotSupported =
            [
                .. settings.RaisesOrders ? Array.Empty<string>() : [$"Raising orders into {erpName}: this connection has no order look-up query and line statement."],
                .. string.IsNullOrWhiteSpace(settings.CustomersQuery) ? [$"Syncing customers from {erpName}: this connection has no customers query."] : Array.Empty<string>(),
                .. SqlManifest.Manifest.NotSupported,
            ],
        };
        return ConnectorPage.Render(manifest);
    }

    private static FieldTable Table(string entity, string direction, QueryShape shape, IReadOnlyList<ColumnSpec> specs, string notes) =>
        new(entity, direction, [.. shape.Names.Select(column => Row(column, specs))], notes);

    private static FieldMapping Row(string column, IReadOnlyList<ColumnSpec> specs)
    {
        if (specs.FirstOrDefault(s => string.Equals(s.Name, column, StringComparison.OrdinalIgnoreCase)) is { } spec) return new(column, spec.Target, spec.Description);
        if (IsFamily(column, specs, ProductColumns.PriceTierPrefix))
            return new(column, $"variants.price_tiers.{column[ProductColumns.PriceTierPrefix.Length..].ToLowerInvariant()}", "A price tier ex tax.");
        if (IsFamily(column, specs, ProductColumns.WarehousePrefix))
            return new(column, $"variants.qty_availability.{column[ProductColumns.WarehousePrefix.Length..].ToLowerInvariant()}", "Available quantity in this warehouse.");
        return new(column, "(not used)", "Returned by the query; the mapping does not read it.");
    }

    private static bool IsFamily(string column, IReadOnlyList<ColumnSpec> specs, string prefix) =>
        specs.Any(s => s.Name == ProductColumns.ProductCode) && column.Length > prefix.Length && column.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
}
