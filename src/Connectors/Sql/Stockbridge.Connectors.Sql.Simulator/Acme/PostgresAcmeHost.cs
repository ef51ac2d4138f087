using System.Data.Common;
using Npgsql;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>
/// The Acme ERP in a private database on a PostgreSQL server, with a read-only login (SELECT only, and
/// default_transaction_read_only on) and an order login (INSERT on the import tables only). Dropped with its logins when disposed.
/// </summary>
public sealed class PostgresAcmeHost : IAcmeHost
{
    private readonly string _admin;
    private readonly NpgsqlConnectionStringBuilder _erp;
    private readonly string _readerPassword = AcmeNames.Password();
    private readonly string _writerPassword = AcmeNames.Password();

    private PostgresAcmeHost(string admin)
    {
        _admin = admin;
        Database = AcmeNames.Database();
        _erp = new NpgsqlConnectionStringBuilder(admin) { Database = Database, Pooling = false };
    }

    /// <summary>The private database's name.</summary>
    public string Database { get; }

    private string Reader => Database + "_reader";
    private string Writer => Database + "_writer";

    /// <inheritdoc />
    public AcmeEngine Engine => AcmeEngine.PostgreSql;

    /// <inheritdoc />
    public string Location => $"postgresql {_erp.Host}:{_erp.Port}/{Database}";

    /// <summary>Creates the database and its logins (the schema comes after).</summary>
    public static async Task<PostgresAcmeHost> CreateAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var host = new PostgresAcmeHost(adminConnectionString);
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnectionString) { Pooling = false }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        foreach (var sql in new[]
        {
            $"CREATE DATABASE {host.Database}",
            $"CREATE ROLE {host.Reader} LOGIN PASSWORD '{host._readerPassword}'",
            $"ALTER ROLE {host.Reader} SET default_transaction_read_only = on",
            $"CREATE ROLE {host.Writer} LOGIN PASSWORD '{host._writerPassword}'",
        })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return host;
    }

    /// <summary>Grants the logins their rights once the schema exists.</summary>
    public async Task GrantAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenErpAsync(cancellationToken);
        foreach (var sql in new[]
        {
            $"GRANT USAGE ON SCHEMA public TO {Reader}, {Writer}",
            $"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {Reader}",
            $"GRANT SELECT ON acme_items, acme_customers, acme_order_import, acme_order_import_lines TO {Writer}",
            $"GRANT INSERT ON acme_order_import, acme_order_import_lines TO {Writer}",
            $"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {Writer}",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenErpAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_erp.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>
    {
        ["engine"] = "postgresql",
        ["server"] = _erp.Host ?? "127.0.0.1",
        ["port"] = _erp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["database"] = Database,
        ["username"] = Reader,
        ["password"] = _readerPassword,
        ["order_username"] = Writer,
        ["order_password"] = _writerPassword,
    };

    /// <inheritdoc />
    public string ReaderConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = _erp.Host, Port = _erp.Port, Database = Database, Username = Reader, Password = _readerPassword, Options = "-c default_transaction_read_only=on",
    }.ConnectionString;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => new Dictionary<string, string>
    {
        ["username"] = Database + "_nobody",
        ["password"] = "not-the-password",
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", $"DROP ROLE IF EXISTS {Reader}", $"DROP ROLE IF EXISTS {Writer}" })
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }
}
