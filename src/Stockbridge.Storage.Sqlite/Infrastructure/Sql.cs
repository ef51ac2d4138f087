using Dapper;
using Microsoft.Data.Sqlite;

namespace Stockbridge.Storage.Sqlite.Infrastructure;

/// <summary>Dapper commands bound to a transaction and a cancellation token.</summary>
internal static class Sql
{
    public static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken, SqliteTransaction? transaction = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
