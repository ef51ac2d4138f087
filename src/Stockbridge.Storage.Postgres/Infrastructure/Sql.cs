using Dapper;
using Npgsql;

namespace Stockbridge.Storage.Postgres.Infrastructure;

/// <summary>Dapper commands bound to a transaction and a cancellation token.</summary>
internal static class Sql
{
    public static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
