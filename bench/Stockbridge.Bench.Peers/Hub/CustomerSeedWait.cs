using Stockbridge.Bench.Peers.Sink;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.Bench.Peers.Hub;

/// <summary>Waits until the hub's first source pull has stored the peers' customers, so e-mail matching works from the first order.</summary>
internal static class CustomerSeedWait
{
    public static async Task RunAsync(IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var i = 0; i < 600; i++)
        {
            var page = await store.Records.ListAsync(BenchIds.Client, RecordEntity.Customer, null, 100, cancellationToken);
            if (page.Count >= PeerCustomers.Count) return;
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }
        throw new InvalidOperationException("The source pull did not store the bench customers within 60 s.");
    }
}
