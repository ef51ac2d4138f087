namespace Stockbridge.Storage.Records;

/// <summary>Hub records, links and audit history, all scoped by client.</summary>
public interface IRecordStore
{
    /// <summary>
    /// Upserts a batch in one transaction: a record whose hash is unchanged is not written; a created or changed one
    /// gets an audit entry. Each write's <see cref="RecordWrite.Note"/> and <see cref="RecordWrite.Jobs"/> are written in the
    /// same transaction. Returns one outcome per write, in order.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(string clientId, IReadOnlyList<RecordWrite> batch, CancellationToken cancellationToken);
    /// <summary>The record, or null.</summary>
    Task<HubRecord?> GetAsync(string clientId, string entity, string key, CancellationToken cancellationToken);
    /// <summary>Records of one entity in key order, after <paramref name="afterKey"/> (keyset paging).</summary>
    Task<IReadOnlyList<HubRecord>> ListAsync(string clientId, string entity, string? afterKey, int limit, CancellationToken cancellationToken);
    /// <summary>Open records of one entity (<see cref="RecordWrite.Open"/>) in key order, after <paramref name="afterKey"/>.</summary>
    Task<IReadOnlyList<HubRecord>> ListOpenAsync(string clientId, string entity, string? afterKey, int limit, CancellationToken cancellationToken);
    /// <summary>How many records of the entity the client has.</summary>
    Task<long> CountAsync(string clientId, string entity, CancellationToken cancellationToken);

    /// <summary>The link of a record in a connection, or null.</summary>
    Task<RecordLink?> GetLinkAsync(string clientId, string connectionId, string entity, string key, CancellationToken cancellationToken);
    /// <summary>Creates or replaces links in one transaction.</summary>
    Task SaveLinksAsync(IReadOnlyList<RecordLink> links, CancellationToken cancellationToken);
    /// <summary>Links of a connection in key order, after <paramref name="afterKey"/>.</summary>
    Task<IReadOnlyList<RecordLink>> ListLinksAsync(string clientId, string connectionId, string entity, string? afterKey, int limit, CancellationToken cancellationToken);

    /// <summary>Appends to a record's history.</summary>
    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken);
    /// <summary>A record's history, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> HistoryAsync(string clientId, string entity, string key, CancellationToken cancellationToken);
}
