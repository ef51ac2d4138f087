namespace Stockbridge.Storage;

/// <summary>What a migration run did.</summary>
/// <param name="Applied">Versions applied by this run, in order (empty when already up to date).</param>
/// <param name="CurrentVersion">The schema version after the run.</param>
public sealed record MigrationReport(IReadOnlyList<int> Applied, int CurrentVersion);
