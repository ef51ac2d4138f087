using System.Data.Common;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>Adds @name parameters to a command (values are bound by the driver, never written into the SQL).</summary>
public static class SqlParameters
{
    /// <summary>Adds one parameter; null becomes DBNull.</summary>
    public static void Add(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
