namespace Stockbridge.Storage.Inbox;

/// <summary>The outcome of storing a delivery.</summary>
/// <param name="InboxId">The stored entry's id (the earlier one for a repeat).</param>
/// <param name="Duplicate">True when this delivery id had been stored before: nothing new was written.</param>
public sealed record InboxAppendResult(long InboxId, bool Duplicate);
