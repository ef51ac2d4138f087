using Microsoft.Data.Sqlite;
using Stockbridge.Demo;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;

namespace Stockbridge.Bench.Soak;

/// <summary>What the hub's own store says: how each order was taken in (webhook, order poll, other) and the failed jobs.</summary>
internal sealed record HubFigures(int IntakeByWebhook, int IntakeByPoll, int IntakeOther, long FailedJobs, IReadOnlyList<string> FailedSamples)
{
    public static async Task<HubFigures> ReadAsync(string storePath, IStore store, CancellationToken cancellationToken)
    {
        var (webhook, poll, other) = await IntakeAsync(storePath, cancellationToken);
        var counts = await store.Jobs.CountByStateAsync(DemoIds.Client, cancellationToken);
        var failed = await store.Jobs.ListAsync(DemoIds.Client, new JobQuery(State: JobState.Failed, Limit: 10), cancellationToken);
        return new HubFigures(webhook, poll, other, counts.GetValueOrDefault(JobState.Failed),
            [.. failed.Select(j => $"{j.Kind} {j.Key}: {j.LastErrorKind} {j.LastError}")]);
    }

    // The intake audit line says how an order came in: "taken in from … via webhook …" or "… via order poll".
    private static async Task<(int Webhook, int Poll, int Other)> IntakeAsync(string storePath, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COALESCE(SUM(detail LIKE '% via webhook%'), 0), COALESCE(SUM(detail LIKE '% via order poll%'), 0), COUNT(*)
            FROM audit WHERE entity = 'order' AND action = 'intake'
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int webhook = reader.GetInt32(0), poll = reader.GetInt32(1), all = reader.GetInt32(2);
        return (webhook, poll, all - webhook - poll);
    }
}
