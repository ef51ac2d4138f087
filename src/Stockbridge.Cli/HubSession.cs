using Stockbridge.Connectors.Catalog;
using System.CommandLine;
using Stockbridge.Hosting.Configuration;
using Stockbridge.Hosting.Stores;
using Stockbridge.Storage;

namespace Stockbridge.Cli;

/// <summary>What a command run needs: the loaded config (if any) and the open store.</summary>
internal sealed class HubSession : IAsyncDisposable
{
    private HubSession(LoadedConfig? config, IStore store)
    {
        Config = config;
        Store = store;
    }

    public LoadedConfig? Config { get; }
    public IStore Store { get; }

    /// <summary>Loads the config and opens the store; throws <see cref="ConfigException"/> for a bad config file.</summary>
    public static async Task<HubSession> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var config = LoadConfig(parse);
        var location = parse.GetValue(CommonOptions.Store) ?? config?.StoreLocation ?? "stockbridge.db";
        var store = await StoreOpener.OpenAsync(location, StoreOpener.MasterKeysFor(config), TimeProvider.System, cancellationToken);
        return new HubSession(config, store);
    }

    public static LoadedConfig? LoadConfig(ParseResult parse)
    {
        var file = parse.GetValue(CommonOptions.Config);
        if (file is null)
        {
            if (!File.Exists("stockbridge.json")) return null;
            file = new FileInfo("stockbridge.json");
        }
        return new ConfigLoader(ConnectorCatalog.Factories, Environment.GetEnvironmentVariable).Load(file.FullName);
    }

    /// <summary>The config with its store replaced by <c>--store</c>: a SQLite path (relative to the current folder) or a PostgreSQL connection string.</summary>
    public static LoadedConfig WithStore(LoadedConfig config, string store) =>
        config with { Config = config.Config with { Store = StoreOpener.IsConnectionString(store) ? store : Path.GetFullPath(store) } };

    /// <summary>The client the command is about: --client, or the only client in the store.</summary>
    public async Task<string> ResolveClientAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var given = parse.GetValue(CommonOptions.Client);
        if (given is not null) return given;
        var clients = await Store.Clients.ListAsync(cancellationToken);
        return clients.Count switch
        {
            1 => clients[0].Id,
            0 => throw new CommandException("the store has no clients yet: run `stockbridge run --config <file>` first, or pass --client"),
            _ => throw new CommandException($"the store has {clients.Count} clients ({string.Join(", ", clients.Select(c => c.Id))}): pass --client <id>"),
        };
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
