namespace Stockbridge.Storage.Postgres.Tests.Nodes;

/// <summary>One scheduled pull as a node recorded it (microseconds since the Unix epoch); EndedAt is null when the node was killed mid-pull.</summary>
internal sealed record PullRun(long Id, string Node, long StartedAt, long? EndedAt, long LeaseExpiresAt)
{
    /// <summary>The latest moment the run could still act: its end, or for a killed run the expiry of its lease.</summary>
    public long LatestEnd => EndedAt ?? LeaseExpiresAt;
}
