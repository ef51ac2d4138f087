using System.Data.Common;
using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>
/// Streams a merchant's query page by page (keyset paging on its key columns, one read-only session per page), so memory
/// stays flat however many rows there are and no read holds a transaction open for long.
/// </summary>
/// <param name="connections">The connection's drivers.</param>
/// <param name="queryName">The query's name in messages, e.g. "products query".</param>
/// <param name="query">The merchant's SELECT.</param>
/// <param name="keys">The key columns rows are ordered and paged by.</param>
/// <param name="pageSize">Rows per page.</param>
public sealed class QueryPager(SqlConnections connections, string queryName, string query, IReadOnlyList<string> keys, int pageSize)
{
    /// <summary>Every row; or, with <paramref name="changedSince"/>, the rows of every group with a change at or after it.</summary>
    public async IAsyncEnumerable<SqlRow> ReadAsync(
        string? changeColumn, string groupColumn, object? changedSince, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        object?[]? last = null;
        QueryShape? shape = null;
        while (true)
        {
            var sql = PageSql.Page(connections.Engine, query, keys, last is not null, changedSince is null ? null : changeColumn, groupColumn, pageSize);
            var parameters = new List<KeyValuePair<string, object?>>();
            for (var i = 0; last is not null && i < keys.Count; i++) parameters.Add(new(PageSql.KeyParameter(i), last[i]));
            if (changedSince is not null) parameters.Add(new(PageSql.ChangedSince, changedSince));

            var count = 0;
            await using (var session = await SqlReadSession.OpenAsync(connections, cancellationToken))
            await using (var command = session.Command(sql, parameters))
            await using (var reader = await ExecuteAsync(command, cancellationToken))
            {
                shape ??= CheckKeys(QueryShape.Of(reader));
                while (await NextAsync(reader, cancellationToken))
                {
                    var values = new object?[reader.FieldCount];
                    reader.GetValues(values!);
                    for (var i = 0; i < values.Length; i++) if (values[i] is DBNull) values[i] = null;
                    last = KeyValues(shape, values);
                    count++;
                    yield return new SqlRow(shape, values);
                }
            }
            if (count < pageSize) yield break;
        }
    }

    private QueryShape CheckKeys(QueryShape shape)
    {
        foreach (var key in keys.Where(k => !shape.Has(k)))
            throw new PermanentConnectorException($"The {queryName} returns no column '{key}', which it must (the rows are read in its order).");
        return shape;
    }

    private object?[] KeyValues(QueryShape shape, object?[] values)
    {
        var result = new object?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            result[i] = values[shape.Ordinal(keys[i])]
                ?? throw new PermanentConnectorException($"The {queryName} returned NULL in column '{keys[i]}', a key column that every row must have.");
        }
        return result;
    }

    private async Task<DbDataReader> ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        try { return await command.ExecuteReaderAsync(cancellationToken); }
        catch (DbException e) { throw SqlErrors.Translate(e, $"The {queryName} failed on {connections.Describe()}"); }
    }

    private async Task<bool> NextAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        try { return await reader.ReadAsync(cancellationToken); }
        catch (DbException e) { throw SqlErrors.Translate(e, $"Reading the {queryName} from {connections.Describe()} failed"); }
    }
}
