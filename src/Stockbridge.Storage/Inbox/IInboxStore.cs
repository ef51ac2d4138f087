namespace Stockbridge.Storage.Inbox;

/// <summary>The webhook inbox: raw bodies stored durably before the sender gets its 2xx.</summary>
public interface IInboxStore
{
    /// <summary>
    /// Stores the delivery and, in the same transaction, enqueues a job of kind <paramref name="jobKind"/> to process it
    /// (payload: the inbox id). Durable when the task completes. A repeated (connection, delivery id) writes nothing.
    /// </summary>
    Task<InboxAppendResult> AppendAsync(InboxDelivery delivery, string jobKind, CancellationToken cancellationToken);
    /// <summary>Stores many deliveries in one transaction (group commit); results in order.</summary>
    Task<IReadOnlyList<InboxAppendResult>> AppendManyAsync(IReadOnlyList<InboxDelivery> deliveries, string jobKind, CancellationToken cancellationToken);
    /// <summary>The entry, or null (also null for another client's entry).</summary>
    Task<InboxEntry?> GetAsync(string clientId, long inboxId, CancellationToken cancellationToken);
    /// <summary>How many deliveries a connection has stored.</summary>
    Task<long> CountAsync(string clientId, string connectionId, CancellationToken cancellationToken);
}
