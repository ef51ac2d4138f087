using System.Data.Common;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>The columns a query returns, asked of the engine without reading a row (in a read-only session).</summary>
public static class QueryShapes
{
    /// <summary>The query's result columns.</summary>
    public static async Task<QueryShape> ReadAsync(SqlConnections connections, string name, string query, CancellationToken cancellationToken)
    {
        await using var session = await SqlReadSession.OpenAsync(connections, cancellationToken);
        await using var command = session.Command($"SELECT * FROM (\n{PageSql.Trimmed(query)}\n) q WHERE 1 = 0", []);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return QueryShape.Of(reader);
        }
        catch (DbException e)
        {
            throw SqlErrors.Translate(e, $"The {name} failed");
        }
    }
}
