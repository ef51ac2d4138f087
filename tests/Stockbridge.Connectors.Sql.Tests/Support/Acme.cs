using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Sql.Simulator;

namespace Stockbridge.Connectors.Sql.Tests.Support;

/// <summary>Starts the Acme ERP sample database and binds sql connectors to it, with settings overridden per test.</summary>
internal static class Acme
{
    private static readonly HttpClient Http = new();

    /// <summary>The Acme ERP in a SQLite file (small data set).</summary>
    public static async Task<SqlSimulator> StartSqliteAsync() =>
        (SqlSimulator)await new SqlSimulatorDescriptor().StartAsync(new SimulatorStart { Small = true }, TestContext.Current.CancellationToken);

    /// <summary>The Acme ERP in a private database on the PostgreSQL test server.</summary>
    public static async Task<SqlSimulator> StartPostgresAsync() =>
        (SqlSimulator)await new ServerSimulatorDescriptor("postgresql", TestDatabaseServer.Postgres).StartAsync(new SimulatorStart { Small = true }, TestContext.Current.CancellationToken);

    /// <summary>A connector to the simulator's database with some settings replaced (an empty value removes the setting).</summary>
    public static SqlConnector Connect(SqlSimulator simulator, params (string Key, string Value)[] overrides)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var settings = new Dictionary<string, string>(simulator.ConnectionSettings, StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
        {
            if (value.Length == 0) settings.Remove(key);
            else settings[key] = value;
        }
        return (SqlConnector)new SqlConnectorFactory().Create(new ConnectionContext("tests", "sql-tests", settings, Http, TimeProvider.System, NullLogger.Instance));
    }

    /// <summary>The products query with one column expression replaced, e.g. <c>i.list_price AS price</c>.</summary>
    public static string ProductsQueryWith(SqlSimulator simulator, string expression, string replacement)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var query = simulator.ConnectionSettings["products_query"];
        Assert.Contains(expression, query, StringComparison.Ordinal);
        return query.Replace(expression, replacement, StringComparison.Ordinal);
    }
}
