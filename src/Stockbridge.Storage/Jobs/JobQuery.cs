namespace Stockbridge.Storage.Jobs;

/// <summary>A filter over a client's jobs, newest first, with keyset paging.</summary>
/// <param name="State">Only this state.</param>
/// <param name="Kind">Only this kind.</param>
/// <param name="ConnectionId">Only this connection.</param>
/// <param name="BeforeId">Only ids below this (paging).</param>
/// <param name="Limit">At most this many.</param>
public sealed record JobQuery(JobState? State = null, string? Kind = null, string? ConnectionId = null, long? BeforeId = null, int Limit = 50);
