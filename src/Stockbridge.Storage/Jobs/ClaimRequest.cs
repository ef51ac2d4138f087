namespace Stockbridge.Storage.Jobs;

/// <summary>What a worker asks for when it claims work.</summary>
/// <param name="Worker">The worker's id (node + thread).</param>
/// <param name="MaxJobs">At most this many jobs.</param>
/// <param name="Lease">How long the worker may hold each job before another may take it.</param>
/// <param name="Kinds">Only these kinds (null: any).</param>
/// <param name="MaxRunningPerConnection">
/// Never more than this many jobs of one connection running at once (0: no limit), counting the running jobs of the kinds
/// in <paramref name="Kinds"/> (all kinds when null). A worker that claims its long background jobs and its event jobs
/// in separate claims thus gives each lane its own limit, and a long order poll never holds the places webhooks need.
/// </param>
public sealed record ClaimRequest(string Worker, int MaxJobs, TimeSpan Lease, IReadOnlyCollection<string>? Kinds = null, int MaxRunningPerConnection = 0);
