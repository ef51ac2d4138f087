using System.Data.Common;
using MySqlConnector;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>
/// The Acme ERP in a private database on a MariaDB (or MySQL) server, with a read-only login (SELECT only) and an order login
/// (INSERT on the import tables only). Dropped with its logins when disposed.
/// </summary>
public sealed class MySqlAcmeHost : IAcmeHost
{
    private readonly string _admin;
    private readonly MySqlConnectionStringBuilder _erp;
    private readonly string _readerPassword = AcmeNames.Password();
    private readonly string _writerPassword = AcmeNames.Password();

    private MySqlAcmeHost(string admin)
    {
        _admin = admin;
        Database = AcmeNames.Database();
        _erp = new MySqlConnectionStringBuilder(admin) { Database = Database, Pooling = false };
    }

    /// <summary>The private database's name.</summary>
    public string Database { get; }

    private string Reader => Database + "_r";
    private string Writer => Database + "_w";

    /// <inheritdoc />
    public AcmeEngine Engine => AcmeEngine.MySql;

    /// <inheritdoc />
    public string Location => $"mysql {_erp.Server}:{_erp.Port}/{Database}";

    /// <summary>Creates the database and its logins (the grants come once the schema exists).</summary>
    public static async Task<MySqlAcmeHost> CreateAsync(string adminConnectionString, CancellationToken cancellationToken)
    {
        var host = new MySqlAcmeHost(adminConnectionString);
        await host.AdminAsync(cancellationToken,
            $"CREATE DATABASE {host.Database} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
            $"CREATE USER '{host.Reader}'@'%' IDENTIFIED BY '{host._readerPassword}'",
            $"CREATE USER '{host.Writer}'@'%' IDENTIFIED BY '{host._writerPassword}'");
        return host;
    }

    /// <summary>Grants the logins their rights once the schema exists.</summary>
    public Task GrantAsync(CancellationToken cancellationToken) => AdminAsync(cancellationToken,
        $"GRANT SELECT ON {Database}.* TO '{Reader}'@'%'",
        $"GRANT SELECT ON {Database}.* TO '{Writer}'@'%'",
        $"GRANT INSERT ON {Database}.acme_order_import TO '{Writer}'@'%'",
        $"GRANT INSERT ON {Database}.acme_order_import_lines TO '{Writer}'@'%'");

    /// <inheritdoc />
    public async Task<DbConnection> OpenErpAsync(CancellationToken cancellationToken)
    {
        var connection = new MySqlConnection(_erp.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>
    {
        ["engine"] = "mysql",
        ["server"] = _erp.Server,
        ["port"] = _erp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["database"] = Database,
        ["username"] = Reader,
        ["password"] = _readerPassword,
        ["order_username"] = Writer,
        ["order_password"] = _writerPassword,
    };

    /// <inheritdoc />
    public string ReaderConnectionString => new MySqlConnectionStringBuilder
    {
        Server = _erp.Server, Port = _erp.Port, Database = Database, UserID = Reader, Password = _readerPassword,
    }.ConnectionString;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => new Dictionary<string, string> { ["password"] = "not-the-password" };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        MySqlConnection.ClearAllPools();
        await AdminAsync(CancellationToken.None, $"DROP DATABASE IF EXISTS {Database}", $"DROP USER IF EXISTS '{Reader}'@'%'", $"DROP USER IF EXISTS '{Writer}'@'%'");
    }

    private async Task AdminAsync(CancellationToken cancellationToken, params string[] statements)
    {
        await using var admin = new MySqlConnection(new MySqlConnectionStringBuilder(_admin) { Pooling = false }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        foreach (var sql in statements)
        {
            await using var command = new MySqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
