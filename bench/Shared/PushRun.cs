using System.Diagnostics;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;

namespace Stockbridge.Bench.Shared;

/// <summary>
/// Pushes a catalogue the way the hub does: only products whose projection hash changed since the last push, in
/// batches, honouring RateLimitedException.RetryAfter. Returns how many products were sent and how long it took.
/// </summary>
internal sealed class PushRun(IChannelConnector connector, Dictionary<string, string> pushedHashes, Dictionary<string, ChannelLink> links, int batchSize)
{
    public int RateLimitedWaits { get; private set; }

    public async Task<(int Sent, TimeSpan Elapsed)> RunAsync(IReadOnlyList<Product> products, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var changed = products.Where(p => !pushedHashes.TryGetValue(p.SourceProductCode, out var h) || h != ContentHash.Of(p)).ToList();
        foreach (var batch in changed.Chunk(batchSize))
        {
            var outcomes = await WithRetriesAsync(() => connector.PushProductsAsync(
                [.. batch.Select(p => new ProductPush(p, ChannelProductStatus.Active, links.GetValueOrDefault(p.SourceProductCode)))], ct), ct);
            foreach (var (product, outcome) in batch.Zip(outcomes))
            {
                if (!outcome.Succeeded) throw new InvalidOperationException($"{outcome.Key}: {outcome.Error}");
                links[product.SourceProductCode] = outcome.Link!;
                pushedHashes[product.SourceProductCode] = ContentHash.Of(product);
            }
        }
        return (changed.Count, clock.Elapsed);
    }

    private async Task<T> WithRetriesAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        while (true)
        {
            try { return await call(); }
            catch (RateLimitedException e)
            {
                RateLimitedWaits++;
                await Task.Delay(e.RetryAfter ?? TimeSpan.FromSeconds(1), ct);
            }
        }
    }
}
