using System.Globalization;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Console.BrowserTests;

/// <summary>
/// Writes a day of past activity into the hub's SQLite file through a second store whose clock is set back hour by hour:
/// product changes, and push jobs that succeeded or failed, so the dashboard's charts have a shape.
/// </summary>
internal static class HistorySeeder
{
    public static async Task SeedAsync(string databasePath, string clientId, string connectionId)
    {
        var clock = new SettableTime();
        await using var store = SqliteStore.Open(new SqliteStoreOptions { Path = databasePath }, clock);
        var start = TimeProvider.System.GetUtcNow().AddHours(-23);
        for (var hour = 0; hour < 23; hour++)
        {
            clock.Now = start.AddHours(hour);
            var changes = 3 + ((hour * 7) % 11);
            var batch = Enumerable.Range(0, changes).Select(i => Product(string.Create(CultureInfo.InvariantCulture, $"H{hour:00}-{i:00}"), hour)).ToList();
            await store.Records.UpsertAsync(clientId, batch, CancellationToken.None);
            for (var j = 0; j < 1 + (hour % 4); j++)
            {
                var id = await store.Jobs.EnqueueAsync(new JobRequest(clientId, connectionId, "product.push", null, "{}"), CancellationToken.None);
                var claimed = (await store.Jobs.ClaimAsync(new ClaimRequest("history", 10, TimeSpan.FromMinutes(1), ["product.push"]), CancellationToken.None)).Single(c => c.Job.Id == id);
                if (hour % 6 == 5 && j == 0)
                    await store.Jobs.FailAttemptAsync(id, claimed.LeaseToken, new JobFailure("permanent", "Channel refused the price", null), CancellationToken.None);
                else
                    await store.Jobs.CompleteAsync(id, claimed.LeaseToken, null, CancellationToken.None);
            }
        }
    }

    private static RecordWrite Product(string code, int hour)
    {
        var product = new Product { SourceProductCode = code, Title = $"Seasonal item {code} (hour {hour})" };
        return new RecordWrite(RecordEntity.Product, code, ContentHash.Of(product), WireJson.Serialize(product), "history");
    }

    private sealed class SettableTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
