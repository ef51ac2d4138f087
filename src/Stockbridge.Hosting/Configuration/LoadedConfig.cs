using Stockbridge.Storage.Connections;

namespace Stockbridge.Hosting.Configuration;

/// <summary>A valid config file, with its connections resolved (settings split from secrets, <c>env:</c> values read).</summary>
/// <param name="Config">The file's content.</param>
/// <param name="BaseDirectory">The file's folder; relative paths in it are relative to this.</param>
/// <param name="Connections">Every connection, ready to save to the store.</param>
public sealed record LoadedConfig(HubConfig Config, string BaseDirectory, IReadOnlyList<ConnectionRecord> Connections)
{
    /// <summary>The store's location: a SQLite path made absolute, or a PostgreSQL connection string as given.</summary>
    public string StoreLocation =>
        Config.Store.Contains('=', StringComparison.Ordinal) ? Config.Store : Path.GetFullPath(Config.Store, BaseDirectory);
}
