using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Sql.Simulator.Acme;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Sql.Simulator;

/// <summary>
/// The SQL source's simulator (<c>stockbridge simulate sql</c>, the demo and the compliance tests): the sample "Acme ERP"
/// database, seeded, on SQLite (a file) or in a private database on a PostgreSQL or MariaDB server, with a read-only login, an
/// order login and an optional mutator that changes prices and stock as the ERP's users would. It has no wire protocol of its
/// own: the hub talks to the database through the engine's driver.
/// </summary>
public sealed class SqlSimulatorDescriptor : ISimulatorDescriptor
{
    /// <inheritdoc />
    public string Key => "sql";

    /// <inheritdoc />
    public string Summary => "The sample \"Acme ERP\" database (SQLite file, or a private PostgreSQL/MariaDB database) with the template queries and a mutator.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--engine", "sqlite|postgresql|mysql", "Where the database lives (default sqlite: a file)."),
        new("--admin", "CONNECTION-STRING", "A server login allowed to create databases and logins (postgresql, mysql); default $STOCKBRIDGE_TEST_POSTGRES or $STOCKBRIDGE_TEST_MARIADB."),
        new("--stock-codes", "N", "How many stock items (variants, three per style) to seed (default 300; tests 30)."),
        new("--mutate-every", "SECONDS", "Change one price and one stock level every SECONDS, as ERP users would (default 0: never)."),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var arguments = SimulatorArguments.Parse(start.Arguments, ["engine", "admin", "stock-codes", "mutate-every", "port"]);
        var engine = (arguments.String("engine") ?? "sqlite").Trim().ToLowerInvariant() switch
        {
            "sqlite" => AcmeEngine.Sqlite,
            "postgresql" or "postgres" => AcmeEngine.PostgreSql,
            "mysql" or "mariadb" => AcmeEngine.MySql,
            var other => throw new ArgumentException($"--engine {other}: expected sqlite, postgresql or mysql"),
        };
        var items = arguments.Int("stock-codes", start.Small ? 30 : 300);
        var styles = Math.Max(4, (items + AcmeSeeder.Sizes.Count - 1) / AcmeSeeder.Sizes.Count);
        var time = TimeProvider.System;
        var host = await CreateHostAsync(engine, arguments.String("admin"), start.DataDirectory, cancellationToken);
        try
        {
            await AcmeSeeder.SeedAsync(host, styles, time, cancellationToken);
            if (host is PostgresAcmeHost postgres) await postgres.GrantAsync(cancellationToken);
            if (host is MySqlAcmeHost mysql) await mysql.GrantAsync(cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        var erp = new AcmeErp(host, styles, time);
        var every = arguments.Int("mutate-every", 0);
        var mutator = every > 0 ? new AcmeMutator(erp, TimeSpan.FromSeconds(every), time) : null;
        return new SqlSimulator(host, erp, mutator);
    }

    private static async Task<IAcmeHost> CreateHostAsync(AcmeEngine engine, string? admin, string? dataDirectory, CancellationToken cancellationToken)
    {
        switch (engine)
        {
            case AcmeEngine.Sqlite:
                var owns = dataDirectory is null;
                var directory = dataDirectory ?? Directory.CreateTempSubdirectory("stockbridge-acme-").FullName;
                Directory.CreateDirectory(directory);
                var path = Path.Combine(directory, $"acme-{Guid.NewGuid():N}.db");
                return new SqliteAcmeHost(path, owns);
            case AcmeEngine.PostgreSql:
                return await PostgresAcmeHost.CreateAsync(Admin(admin, "STOCKBRIDGE_TEST_POSTGRES", "postgresql"), cancellationToken);
            default:
                return await MySqlAcmeHost.CreateAsync(Admin(admin, "STOCKBRIDGE_TEST_MARIADB", "mysql"), cancellationToken);
        }
    }

    private static string Admin(string? given, string variable, string engine) =>
        given is { Length: > 0 } ? given
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new ArgumentException($"--engine {engine} needs --admin CONNECTION-STRING (or ${variable}): a server login that may create databases and logins.");
}
