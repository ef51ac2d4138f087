using Stockbridge.Engine.HostAccess;
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

    /// <summary>The operator's allow-list from the <c>hosting</c> section, directories made absolute.</summary>
    public HostAccessOptions HostAccess => HostAccessFor(Config.Hosting, BaseDirectory);

    /// <summary>The file holding the key ring's operator key, made absolute, or null when the config names none.</summary>
    public string? MasterKeyFile => Config.Hosting.MasterKeyFile is { } file ? Path.GetFullPath(file, BaseDirectory) : null;

    internal static HostAccessOptions HostAccessFor(HostingConfig hosting, string baseDirectory)
    {
        var options = new HostAccessOptions();
        foreach (var directory in hosting.AllowedLocalPaths) options.AllowedLocalPaths.Add(Path.GetFullPath(directory, baseDirectory));
        foreach (var network in hosting.AllowedPrivateNetworks) options.AllowedPrivateNetworks.Add(network);
        return options;
    }
}
