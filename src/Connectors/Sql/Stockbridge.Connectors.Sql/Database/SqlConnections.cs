using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using Npgsql;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Sql.Settings;

namespace Stockbridge.Connectors.Sql.Database;

/// <summary>
/// Builds a connection's driver connections: the read-only login for every query (opened read-only where the engine allows:
/// SQLite Mode=ReadOnly, PostgreSQL default_transaction_read_only=on; MySQL/MariaDB and SQL Server rely on the transaction
/// <see cref="SqlReadSession"/> opens), and the separately credentialed order login for the order statements.
/// </summary>
public sealed class SqlConnections(SqlSettings settings)
{
    /// <summary>The engine.</summary>
    public SqlEngine Engine { get; } = settings.Engine;

    /// <summary>What the connection points at, without secrets, for messages.</summary>
    public string Describe() => Engine switch
    {
        SqlEngine.Sqlite => $"sqlite file {settings.Database}",
        _ => $"{SqlEngineNames.Name(Engine)} {settings.Server}{(settings.Port is { } port ? ":" + port : "")}/{settings.Database}",
    };

    /// <summary>A new, unopened connection with the read-only login.</summary>
    public DbConnection CreateReader() => Create(settings.Username, settings.Password, readOnly: true);

    /// <summary>A new, unopened connection with the order login (the read-only login when none is set).</summary>
    public DbConnection CreateWriter() =>
        string.IsNullOrWhiteSpace(settings.OrderUsername) ? Create(settings.Username, settings.Password, readOnly: false) : Create(settings.OrderUsername, settings.OrderPassword, readOnly: false);

    /// <summary>Opens <paramref name="connection"/>, turning a driver failure into a connector error that names the database.</summary>
    public async Task<DbConnection> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            if (Engine == SqlEngine.Sqlite && !File.Exists(settings.Database))
                throw new PermanentConnectorException($"The database file '{settings.Database}' does not exist.");
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (DbException e)
        {
            await connection.DisposeAsync();
            throw SqlErrors.Translate(e, $"Could not connect to {Describe()}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException)
        {
            await connection.DisposeAsync();
            throw new PermanentConnectorException($"Could not connect to {Describe()}: {e.Message}");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private DbConnection Create(string? username, string? password, bool readOnly)
    {
        try
        {
            return Engine switch
            {
                SqlEngine.Sqlite => new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionOptions ?? "")
                {
                    DataSource = settings.Database,
                    Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
                    DefaultTimeout = 60,
                }.ToString()),
                SqlEngine.PostgreSql => new NpgsqlConnection(Postgres(username, password, readOnly).ConnectionString),
                SqlEngine.MySql => new MySqlConnection(new MySqlConnectionStringBuilder(settings.ConnectionOptions ?? "")
                {
                    Server = settings.Server ?? "127.0.0.1",
                    Port = (uint)(settings.Port ?? 3306),
                    Database = settings.Database,
                    UserID = username ?? "",
                    Password = password ?? "",
                }.ConnectionString),
                SqlEngine.SqlServer => new SqlConnection(new SqlConnectionStringBuilder(settings.ConnectionOptions ?? "")
                {
                    DataSource = settings.Port is { } port ? $"{settings.Server},{port}" : settings.Server ?? "",
                    InitialCatalog = settings.Database,
                    UserID = username ?? "",
                    Password = password ?? "",
                    ApplicationIntent = readOnly ? ApplicationIntent.ReadOnly : ApplicationIntent.ReadWrite,
                }.ConnectionString),
                _ => throw new PermanentConnectorException($"Engine {Engine} has no driver."),
            };
        }
        catch (ArgumentException e)
        {
            throw new PermanentConnectorException($"The connection options are not valid for {SqlEngineNames.Name(Engine)}: {e.Message}");
        }
    }

    private NpgsqlConnectionStringBuilder Postgres(string? username, string? password, bool readOnly)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionOptions ?? "")
        {
            Host = settings.Server ?? "127.0.0.1",
            Port = settings.Port ?? 5432,
            Database = settings.Database,
            Username = username,
            Password = password,
        };
        if (readOnly) builder.Options = ((builder.Options ?? "") + " -c default_transaction_read_only=on").Trim();
        return builder;
    }
}
