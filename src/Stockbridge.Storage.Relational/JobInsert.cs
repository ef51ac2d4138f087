namespace Stockbridge.Storage.Relational;

/// <summary>The parameters of a job being enqueued (times in <see cref="DbTime"/> units), for its insert or its coalescing.</summary>
internal sealed record JobInsert(
    string ClientId, string? ConnectionId, string Kind, string? Key, string? IdempotencyKey, string Payload, int Priority,
    long RunAt, long Now, string State);
