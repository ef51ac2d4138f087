namespace Stockbridge.Sync.Scheduling;

/// <summary>A recurring job of one connection.</summary>
/// <param name="Kind">The job kind.</param>
/// <param name="Interval">How often it runs.</param>
public sealed record ScheduledTask(string Kind, TimeSpan Interval);
