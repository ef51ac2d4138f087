using System.Data.Common;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>Runs the ERP users' own statements with @name parameters.</summary>
public static class AcmeCommands
{
    /// <summary>Runs a statement; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A command with its parameters.</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>The ERP's clock as its columns hold it (no time zone).</summary>
    public static DateTime Now(TimeProvider time) => DateTime.SpecifyKind(time.GetUtcNow().UtcDateTime, DateTimeKind.Unspecified);
}
