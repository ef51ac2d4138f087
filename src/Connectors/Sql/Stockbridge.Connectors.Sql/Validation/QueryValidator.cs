using System.Data.Common;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Sql.Database;
using Stockbridge.Connectors.Sql.Mapping;
using Stockbridge.Connectors.Sql.Orders;
using Stockbridge.Connectors.Sql.Settings;

namespace Stockbridge.Connectors.Sql.Validation;

/// <summary>
/// Setup validation of a connection's queries: each runs (its first page, in a read-only session, so the engine refuses a
/// write), starts as a read, and returns the columns the mapping needs with usable types. Each problem names the query, the
/// column and what is wrong. Runs as the connection test (the setup form's and <c>stockbridge connections test</c>'s check).
/// </summary>
public sealed class QueryValidator(SqlSettings settings, SqlConnections connections)
{
    /// <summary>Rows of each query whose values are checked.</summary>
    public const int SampleRows = 200;

    /// <summary>One check per configured query, plus the order login when orders are raised.</summary>
    public async Task<IReadOnlyList<ConnectionCheck>> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = new List<ConnectionCheck>
        {
            await CheckPagedAsync("products query", settings.ProductsQuery, ProductSpecs(), [ProductColumns.ProductCode, ProductColumns.VariantCode], cancellationToken),
        };
        if (!string.IsNullOrWhiteSpace(settings.CustomersQuery))
            checks.Add(await CheckPagedAsync("customers query", settings.CustomersQuery, CustomerColumns.All, [CustomerColumns.Code], cancellationToken));
        if (!string.IsNullOrWhiteSpace(settings.OrderLookupQuery)) checks.Add(await CheckLookupAsync(settings.OrderLookupQuery, cancellationToken));
        if (!string.IsNullOrWhiteSpace(settings.OrderLineStatement)) checks.Add(await CheckOrderLoginAsync(cancellationToken));
        return checks;
    }

    private IReadOnlyList<ColumnSpec> ProductSpecs() =>
        [.. ProductColumns.All, new(settings.ChangeColumn, ColumnKind.Change, true, "(incremental reads)", "When the row last changed.")];

    private async Task<ConnectionCheck> CheckPagedAsync(string name, string query, IReadOnlyList<ColumnSpec> specs, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (FirstKeyword.ReadProblem(query) is { } keyword) return Failed(name, $"the {name} {keyword}.");
        var problems = new List<string>();
        var rows = 0;
        QueryShape? shape = null;
        try
        {
            await foreach (var row in new QueryPager(connections, name, query, keys, SampleRows).ReadAsync(null, keys[0], null, cancellationToken))
            {
                shape ??= row.Shape;
                rows++;
                foreach (var (column, kind) in Typed(row.Shape, specs))
                {
                    if (ColumnValues.Problem(kind, row[column]) is { } problem && !problems.Any(p => p.Contains($"'{column}'", StringComparison.Ordinal)))
                        problems.Add($"column '{column}' {problem} (row {keys[0]} = '{ColumnValues.Text(row[keys[0]])}')");
                }
                if (rows >= SampleRows) break;
            }
            shape ??= await QueryShapes.ReadAsync(connections, name, query, cancellationToken);
        }
        catch (PermanentConnectorException e) when (e.Code == SqlErrors.ReadOnlyCode)
        {
            return Failed(name, $"the {name} tries to write, and the read-only connection refused it: {e.Message}");
        }
        catch (ConnectorException e)
        {
            return Failed(name, $"the {name} does not run: {e.Message}");
        }
        foreach (var spec in specs.Where(s => s.Required && !shape.Has(s.Name)))
            problems.Insert(0, $"it returns no column '{spec.Name}' ({spec.Kind}, for {spec.Target}); returned: {string.Join(", ", shape.Names)}");
        return problems.Count == 0
            ? new ConnectionCheck(name, true, $"The {name} runs read-only and returns {shape.Names.Count} columns with usable values ({rows} rows checked).")
            : Failed(name, $"the {name}: " + string.Join("; ", problems));
    }

    // The known columns and the price_/qty_ families, with what each must hold.
    private static IEnumerable<(string Column, ColumnKind Kind)> Typed(QueryShape shape, IReadOnlyList<ColumnSpec> specs)
    {
        foreach (var column in shape.Names)
        {
            if (specs.FirstOrDefault(s => string.Equals(s.Name, column, StringComparison.OrdinalIgnoreCase)) is { } spec) yield return (column, spec.Kind);
            else if (specs == CustomerColumns.All) continue;
            else if (column.StartsWith(ProductColumns.PriceTierPrefix, StringComparison.OrdinalIgnoreCase)
                || column.StartsWith(ProductColumns.WarehousePrefix, StringComparison.OrdinalIgnoreCase)) yield return (column, ColumnKind.Number);
        }
    }

    private async Task<ConnectionCheck> CheckLookupAsync(string query, CancellationToken cancellationToken)
    {
        const string name = "order look-up query";
        if (FirstKeyword.ReadProblem(query) is { } keyword) return Failed(name, $"the {name} {keyword}.");
        try
        {
            await using var session = await SqlReadSession.OpenAsync(connections, cancellationToken);
            await using var command = session.Command(PageSql.Trimmed(query), [new(OrderRaising.LookupParameter, "STOCKBRIDGE-SETUP-CHECK")]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var shape = QueryShape.Of(reader);
            if (!shape.Has(OrderLookupColumns.OrderCode))
                return Failed(name, $"the {name} returns no column '{OrderLookupColumns.OrderCode}'; returned: {string.Join(", ", shape.Names)}");
            while (await reader.ReadAsync(cancellationToken))
            {
                if (ColumnValues.Problem(ColumnKind.Text, reader.GetValue(shape.Ordinal(OrderLookupColumns.OrderCode)) is DBNull ? null : reader.GetValue(shape.Ordinal(OrderLookupColumns.OrderCode))) is { } problem)
                    return Failed(name, $"the {name}: column '{OrderLookupColumns.OrderCode}' {problem}");
            }
            return new ConnectionCheck(name, true, $"The {name} runs read-only with @channel_order_code and returns {OrderLookupColumns.OrderCode}.");
        }
        catch (DbException e) when (SqlErrors.IsReadOnlyRefusal(e))
        {
            return Failed(name, $"the {name} tries to write, and the read-only connection refused it: {SqlErrors.Describe(e)}");
        }
        catch (DbException e)
        {
            return Failed(name, $"the {name} does not run: {SqlErrors.Describe(e)}");
        }
        catch (ConnectorException e)
        {
            return Failed(name, $"the {name} does not run: {e.Message}");
        }
    }

    private async Task<ConnectionCheck> CheckOrderLoginAsync(CancellationToken cancellationToken)
    {
        const string name = "order login";
        if (string.IsNullOrWhiteSpace(settings.OrderLookupQuery))
            return Failed(name, "orders have a line statement but no order look-up query: without the look-up an order could be raised twice.");
        try
        {
            await using var connection = await connections.OpenAsync(connections.CreateWriter(), cancellationToken);
            return new ConnectionCheck(name, true, $"The order login connects to {connections.Describe()} (the order statements are run only when an order is raised).");
        }
        catch (ConnectorException e)
        {
            return Failed(name, $"the order login: {e.Message}");
        }
    }

    private static ConnectionCheck Failed(string name, string detail) => new(name, false, detail);
}
