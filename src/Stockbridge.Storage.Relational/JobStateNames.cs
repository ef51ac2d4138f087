using Stockbridge.Storage.Jobs;

namespace Stockbridge.Storage.Relational;

/// <summary>Job states as stored: lower-case words, so the SQL reads plainly.</summary>
internal static class JobStateNames
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Superseded = "superseded";
    public const string Parked = "parked";

    public static string ToDb(JobState state) => state switch
    {
        JobState.Pending => Pending,
        JobState.Running => Running,
        JobState.Succeeded => Succeeded,
        JobState.Failed => Failed,
        JobState.Superseded => Superseded,
        JobState.Parked => Parked,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown job state."),
    };

    public static JobState FromDb(string state) => state switch
    {
        Pending => JobState.Pending,
        Running => JobState.Running,
        Succeeded => JobState.Succeeded,
        Failed => JobState.Failed,
        Superseded => JobState.Superseded,
        Parked => JobState.Parked,
        _ => throw new InvalidOperationException($"Unknown stored job state '{state}'."),
    };
}
