namespace Stockbridge.Storage.Clients;

/// <summary>Clients (tenants). The only store that is not itself scoped by client.</summary>
public interface IClientStore
{
    /// <summary>Creates the client, or updates its name if it exists.</summary>
    Task UpsertAsync(ClientRecord client, CancellationToken cancellationToken);
    /// <summary>The client, or null.</summary>
    Task<ClientRecord?> GetAsync(string clientId, CancellationToken cancellationToken);
    /// <summary>Every client, by id.</summary>
    Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken cancellationToken);
}
