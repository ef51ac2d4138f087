using Stockbridge.Storage.Jobs;

namespace Stockbridge.Engine.Jobs;

/// <summary>What a handler is given: the job as claimed, which attempt this is, and the clock.</summary>
/// <param name="Job">The job (state Running; <see cref="Job.Attempts"/> counts this attempt).</param>
/// <param name="LeaseToken">The fencing token of this attempt (handlers that write their own tables may record it).</param>
/// <param name="Worker">The worker running it.</param>
/// <param name="Time">The clock.</param>
public sealed record JobContext(Job Job, long LeaseToken, string Worker, TimeProvider Time);
