using Stockbridge.Storage.Security;
using Stockbridge.Storage.Sqlite;
using Stockbridge.Storage.Tests.Contract;

namespace Stockbridge.Storage.Tests.Sqlite;

/// <summary>Real SQLite files in a temporary directory that is deleted afterwards, key ring sealed as the hub seals it.</summary>
public sealed class SqliteStoreFixture : IStoreFixture
{
    /// <summary>The operator key the fixture's stores are sealed with (made for this run).</summary>
    public static OperatorKeys MasterKeys { get; } = new(OperatorKey.FromText(OperatorKey.Generate(), "a test key"));

    private readonly Dictionary<IStore, SqliteStoreOptions> _options = [];

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("stockbridge-store-").FullName;

    public Task<IStore> CreateEmptyAsync(TimeProvider time)
    {
        var options = new SqliteStoreOptions { Path = Path.Combine(Directory, $"hub-{_options.Count}.db"), MasterKeys = MasterKeys };
        return Task.FromResult(Track(SqliteStore.Open(options, time), options));
    }

    public Task<IStore> OpenAgainAsync(IStore store, TimeProvider time)
    {
        var options = _options[store];
        return Task.FromResult(Track(SqliteStore.Open(options, time), options));
    }

    public SqliteStoreOptions OptionsOf(IStore store) => _options[store];

    public ValueTask DisposeAsync()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; the test result does not depend on it.
        }
        return ValueTask.CompletedTask;
    }

    private IStore Track(SqliteStore store, SqliteStoreOptions options)
    {
        _options[store] = options;
        return store;
    }
}
