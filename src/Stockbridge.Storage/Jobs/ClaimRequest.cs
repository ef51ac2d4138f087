namespace Stockbridge.Storage.Jobs;

/// <summary>What a worker asks for when it claims work.</summary>
/// <param name="Worker">The worker's id (node + thread).</param>
/// <param name="MaxJobs">At most this many jobs.</param>
/// <param name="Lease">How long the worker may hold each job before another may take it.</param>
/// <param name="Kinds">Only these kinds (null: any).</param>
/// <param name="MaxRunningPerConnection">Never more than this many jobs of one connection running at once (0: no limit).</param>
public sealed record ClaimRequest(string Worker, int MaxJobs, TimeSpan Lease, IReadOnlyCollection<string>? Kinds = null, int MaxRunningPerConnection = 0);
