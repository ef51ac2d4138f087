namespace Stockbridge.Storage.Jobs;

/// <summary>A job a worker holds, with the fencing token it must present to finish it.</summary>
/// <param name="Job">The job as claimed (state Running).</param>
/// <param name="LeaseToken">The token for Complete, Fail and Renew.</param>
public sealed record ClaimedJob(Job Job, long LeaseToken);
