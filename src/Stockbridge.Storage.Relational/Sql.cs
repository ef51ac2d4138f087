using System.Data.Common;
using Dapper;

namespace Stockbridge.Storage.Relational;

/// <summary>Dapper commands bound to a transaction and a cancellation token (either engine).</summary>
internal static class Sql
{
    public static CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
