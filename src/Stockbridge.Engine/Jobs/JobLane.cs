namespace Stockbridge.Engine.Jobs;

/// <summary>
/// Which share of a worker's slots a kind of job runs in. Each lane is claimed separately, so the per-connection limit
/// counts within a lane: minutes-long background work on a connection never holds the places its events need.
/// </summary>
public enum JobLane
{
    /// <summary>Short work driven by events: webhooks, order raises and write-backs, stock pushes.</summary>
    Events,

    /// <summary>Long scheduled work: full pulls, full pushes, order polls, reconcile sweeps; capped at
    /// <see cref="Workers.JobEngineOptions.BackgroundSlots"/> of the process's slots.</summary>
    Background,
}
