namespace Stockbridge.Storage.Jobs;

/// <summary>A unit of work to enqueue.</summary>
/// <param name="ClientId">The owning client.</param>
/// <param name="ConnectionId">The connection it works on (concurrency and rate limits are per connection), if any.</param>
/// <param name="Kind">What to do, e.g. <c>webhook.process</c>, <c>product.push</c>, <c>order.raise</c>.</param>
/// <param name="Key">
/// The record it is about. A pending job with the same (client, connection, kind, key) is coalesced: its payload is replaced
/// by this one (the latest wins) and no new job is made. Null: never coalesced.
/// </param>
/// <param name="Payload">The work's input as JSON.</param>
/// <param name="IdempotencyKey">If a job with this key exists in any state, nothing is enqueued and its id is returned.</param>
/// <param name="RunAt">Not before this time (null: now).</param>
/// <param name="Priority">Higher runs first among due jobs (stock-only pushes use a higher one).</param>
public sealed record JobRequest(
    string ClientId,
    string? ConnectionId,
    string Kind,
    string? Key,
    string Payload,
    string? IdempotencyKey = null,
    DateTimeOffset? RunAt = null,
    int Priority = 0);
