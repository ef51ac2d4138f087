using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational;

internal sealed class AttemptRow
{
    public const string Columns = """
        a.job_id AS JobId, a.number AS Number, a.worker AS Worker, a.started_at AS StartedAt,
        a.ended_at AS EndedAt, a.outcome AS Outcome, a.error AS Error
        """;

    public long JobId { get; set; }
    public int Number { get; set; }
    public string Worker { get; set; } = "";
    public long StartedAt { get; set; }
    public long? EndedAt { get; set; }
    public string Outcome { get; set; } = "";
    public string? Error { get; set; }

    public JobAttempt ToAttempt() => new(JobId, Number, Worker, DbTime.FromDb(StartedAt), DbTime.FromDb(EndedAt), Outcome, Error);
}
