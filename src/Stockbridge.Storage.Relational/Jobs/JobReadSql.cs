namespace Stockbridge.Storage.Relational.Jobs;

/// <summary>Reads of the job queue the engine makes outside a claim.</summary>
internal static class JobReadSql
{
    /// <summary>When the next pending job is due (the idle engine sleeps until then).</summary>
    public const string NextDue = "SELECT MIN(next_run_at) FROM jobs WHERE state = 'pending'";
}
