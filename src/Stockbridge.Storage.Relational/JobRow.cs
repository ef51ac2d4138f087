using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational;

internal sealed class JobRow
{
    public const string Columns = """
        id AS Id, client_id AS ClientId, connection_id AS ConnectionId, kind AS Kind, key AS Key,
        idempotency_key AS IdempotencyKey, payload AS Payload, state AS State, attempts AS Attempts, failures AS Failures,
        priority AS Priority, next_run_at AS NextRunAt, lease_owner AS LeaseOwner, lease_expires_at AS LeaseExpiresAt,
        lease_token AS LeaseToken, last_error_kind AS LastErrorKind, last_error AS LastError, result AS Result,
        created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public long Id { get; set; }
    public string ClientId { get; set; } = "";
    public string? ConnectionId { get; set; }
    public string Kind { get; set; } = "";
    public string? Key { get; set; }
    public string? IdempotencyKey { get; set; }
    public string Payload { get; set; } = "";
    public string State { get; set; } = "";
    public int Attempts { get; set; }
    public int Failures { get; set; }
    public int Priority { get; set; }
    public long NextRunAt { get; set; }
    public string? LeaseOwner { get; set; }
    public long? LeaseExpiresAt { get; set; }
    public long LeaseToken { get; set; }
    public string? LastErrorKind { get; set; }
    public string? LastError { get; set; }
    public string? Result { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }

    public Job ToJob() => new()
    {
        Id = Id,
        ClientId = ClientId,
        ConnectionId = ConnectionId,
        Kind = Kind,
        Key = Key,
        IdempotencyKey = IdempotencyKey,
        Payload = Payload,
        State = JobStateNames.FromDb(State),
        Attempts = Attempts,
        Failures = Failures,
        Priority = Priority,
        NextRunAt = DbTime.FromDb(NextRunAt),
        LeaseOwner = LeaseOwner,
        LeaseExpiresAt = DbTime.FromDb(LeaseExpiresAt),
        LeaseToken = LeaseToken,
        LastErrorKind = LastErrorKind,
        LastError = LastError,
        Result = Result,
        CreatedAt = DbTime.FromDb(CreatedAt),
        UpdatedAt = DbTime.FromDb(UpdatedAt),
    };
}
