using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>The setting values naming each engine.</summary>
public static class SqlEngineNames
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";
    public const string MySql = "mysql";
    public const string SqlServer = "sqlserver";

    /// <summary>Every value, in the setup form's order.</summary>
    public static IReadOnlyList<string> All { get; } = [SqlServer, PostgreSql, MySql, Sqlite];

    /// <summary>The setting value naming <paramref name="engine"/>.</summary>
    public static string Name(SqlEngine engine) => engine switch
    {
        SqlEngine.Sqlite => Sqlite,
        SqlEngine.PostgreSql => PostgreSql,
        SqlEngine.MySql => MySql,
        _ => SqlServer,
    };

    /// <summary>The engine a setting value names.</summary>
    public static SqlEngine Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        Sqlite => SqlEngine.Sqlite,
        PostgreSql => SqlEngine.PostgreSql,
        MySql or "mariadb" => SqlEngine.MySql,
        SqlServer => SqlEngine.SqlServer,
        _ => throw new PermanentConnectorException($"Database engine '{value}' is not one of {string.Join(", ", All)}."),
    };
}
