namespace Stockbridge.Storage.Records;

/// <summary>One line of a record's history across systems: what came from where, what was pushed, when, by which job.</summary>
/// <param name="ClientId">The owning client.</param>
/// <param name="Entity">product, customer or order.</param>
/// <param name="Key">The record's key.</param>
/// <param name="At">When it happened.</param>
/// <param name="Action">What happened, e.g. <c>received</c>, <c>changed</c>, <c>pushed</c>, <c>raised</c>, <c>failed</c>.</param>
/// <param name="ConnectionId">The connection involved, if any.</param>
/// <param name="JobId">The job that did it, if any.</param>
/// <param name="Detail">A short human-readable detail (never a secret).</param>
/// <param name="Hash">The record's hash at that point, if relevant.</param>
public sealed record AuditEntry(
    string ClientId, string Entity, string Key, DateTimeOffset At, string Action, string? ConnectionId, long? JobId, string Detail, string? Hash);
