using Stockbridge.Hosting.Configuration;
using Stockbridge.Storage;
using Stockbridge.Storage.Clients;

namespace Stockbridge.Hosting.Host;

/// <summary>Saves the config file's clients and connections to the store (secrets encrypted by the store).</summary>
public static class ConfigSeeder
{
    /// <summary>Creates or updates every client and connection the config names; leaves others untouched.</summary>
    public static async Task ApplyAsync(IStore store, LoadedConfig config, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(config);
        foreach (var client in config.Config.Clients)
        {
            var existing = await store.Clients.GetAsync(client.Id, cancellationToken);
            await store.Clients.UpsertAsync(new ClientRecord(client.Id, client.Name ?? client.Id, existing?.CreatedAt ?? time.GetUtcNow()), cancellationToken);
        }
        foreach (var connection in config.Connections)
        {
            await store.Connections.SaveAsync(connection, cancellationToken);
        }
    }
}
