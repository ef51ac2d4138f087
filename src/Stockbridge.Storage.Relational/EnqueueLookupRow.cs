namespace Stockbridge.Storage.Relational;

/// <summary>What enqueueing a job reads first: the job its idempotency key already names, and whether its connection is disabled.</summary>
internal sealed class EnqueueLookupRow
{
    /// <summary>Reads both in one statement (<c>@ClientId</c>, <c>@IdempotencyKey</c>, <c>@ConnectionId</c>).</summary>
    public const string Sql = $"""
        SELECT (SELECT id FROM jobs WHERE client_id = @ClientId AND idempotency_key = @IdempotencyKey) AS Existing,
               {ParkingSql.RequestedConnectionDisabled} AS Parked
        """;

    public long? Existing { get; set; }
    public bool Parked { get; set; }

    /// <summary>The state a new job takes.</summary>
    public string State => Parked ? JobStateNames.Parked : JobStateNames.Pending;
}
