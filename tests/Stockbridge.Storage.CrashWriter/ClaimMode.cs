using System.Globalization;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Storage.CrashWriter;

/// <summary>Claims and completes jobs until none is due, printing each claimed job id.</summary>
internal static class ClaimMode
{
    public static async Task<int> RunAsync(string db, string worker)
    {
        await using var store = SqliteStore.Open(new SqliteStoreOptions { Path = db }, TimeProvider.System);
        while (true)
        {
            var batch = await store.Jobs.ClaimAsync(new ClaimRequest(worker, 3, TimeSpan.FromMinutes(10)), CancellationToken.None);
            if (batch.Count == 0) return 0;
            foreach (var claimed in batch)
            {
                await Console.Out.WriteLineAsync(claimed.Job.Id.ToString(CultureInfo.InvariantCulture));
                if (!await store.Jobs.CompleteAsync(claimed.Job.Id, claimed.LeaseToken, null, CancellationToken.None)) return 1;
            }
            await Console.Out.FlushAsync();
        }
    }
}
