namespace Stockbridge.Storage.Connections;

/// <summary>Connections; secrets are encrypted at rest with <see cref="Security.ISecretProtector"/>.</summary>
public interface IConnectionStore
{
    /// <summary>Creates or replaces a connection. Fails if the id belongs to another client.</summary>
    Task SaveAsync(ConnectionRecord connection, CancellationToken cancellationToken);
    /// <summary>The client's connection, or null (also null when it belongs to another client).</summary>
    Task<ConnectionRecord?> GetAsync(string clientId, string connectionId, CancellationToken cancellationToken);
    /// <summary>
    /// The connection with this id whatever its client: only for routing an unauthenticated webhook, whose
    /// signature is then checked with that connection's own secret.
    /// </summary>
    Task<ConnectionRecord?> FindForWebhookAsync(string connectionId, CancellationToken cancellationToken);
    /// <summary>True when the client's connection exists and is enabled (a cheap read, for workers checking as they run).</summary>
    Task<bool> IsEnabledAsync(string clientId, string connectionId, CancellationToken cancellationToken);
    /// <summary>The client's connections, by id.</summary>
    Task<IReadOnlyList<ConnectionRecord>> ListAsync(string clientId, CancellationToken cancellationToken);
}
