using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>The Acme ERP in a SQLite file (the hub opens it read-only; foreign keys on, so an unknown item code is refused).</summary>
public sealed class SqliteAcmeHost(string path, bool ownsDirectory) : IAcmeHost
{
    /// <inheritdoc />
    public AcmeEngine Engine => AcmeEngine.Sqlite;

    /// <inheritdoc />
    public string Location => path;

    /// <inheritdoc />
    public async Task<DbConnection> OpenErpAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>
    {
        ["engine"] = "sqlite",
        ["database"] = path,
        ["connection_options"] = "Foreign Keys=True;Pooling=False",
    };

    /// <inheritdoc />
    public string ReaderConnectionString => new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => new Dictionary<string, string>
    {
        ["database"] = Path.Combine(Path.GetDirectoryName(path) ?? ".", "no-such-company.db"),
    };

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (ownsDirectory && Path.GetDirectoryName(path) is { } directory)
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { /* a reader still has it open: the temp folder is left */ }
        }
        return ValueTask.CompletedTask;
    }
}
