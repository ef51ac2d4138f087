using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Serialization;
using Stockbridge.Mapping.Normalisation;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Pull;

/// <summary>
/// Writes one batch of pulled records: records whose hash is unchanged are not written at all; the rest are upserted in
/// one transaction with their SKU index entries; then pushes are queued for every channel (stock-only changes on the fast
/// path). Returns what it did.
/// </summary>
public sealed class PullBatchWriter(IStore store, PushQueue pushes)
{
    /// <summary>Writes a batch of products from <paramref name="origin"/>.</summary>
    public async Task<PullCounts> WriteProductsAsync(string clientId, string origin, IReadOnlyList<Product> batch, CancellationToken cancellationToken)
    {
        var latest = batch.Select(ProductNormaliser.Normalise).GroupBy(p => p.SourceProductCode, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var changed = new List<(Product Product, ProductChange Change, string Hash)>();
        foreach (var product in latest)
        {
            var hash = ContentHash.Of(product);
            var previous = await store.Records.GetAsync(clientId, RecordEntity.Product, product.SourceProductCode, cancellationToken);
            var prior = previous is null ? null : WireJson.Deserialize<Product>(previous.Json);
            var change = ProductChanges.Classify(prior, product, previous?.Hash == hash);
            if (change != ProductChange.None) changed.Add((product, change, hash));
        }
        if (changed.Count == 0) return new PullCounts(latest.Count, 0, 0, 0);

        var writes = changed.Select(c => new RecordWrite(RecordEntity.Product, c.Product.SourceProductCode, c.Hash, WireJson.Serialize(c.Product), origin))
            .Concat(SkuIndex.WritesFor(changed.Select(c => c.Product), origin))
            .ToList();
        await store.Records.UpsertAsync(clientId, writes, cancellationToken);

        var stockOnly = changed.Where(c => c.Change == ProductChange.StockOnly).Select(c => c.Product.SourceProductCode).ToList();
        var full = changed.Where(c => c.Change != ProductChange.StockOnly).Select(c => c.Product.SourceProductCode).ToList();
        var jobs = await pushes.EnqueueAsync(clientId, full, SyncJobKinds.ChannelPush, "changed", cancellationToken)
            + await pushes.EnqueueAsync(clientId, stockOnly, SyncJobKinds.ChannelPushStock, "stock", cancellationToken);
        return new PullCounts(latest.Count, changed.Count, stockOnly.Count, jobs);
    }

    /// <summary>Writes a batch of customers from <paramref name="origin"/> (unchanged ones are not written).</summary>
    public async Task<PullCounts> WriteCustomersAsync(string clientId, string origin, IReadOnlyList<Customer> batch, CancellationToken cancellationToken)
    {
        var writes = new List<RecordWrite>();
        foreach (var customer in batch.GroupBy(c => c.SourceCustomerCode, StringComparer.Ordinal).Select(g => g.Last()))
        {
            var hash = ContentHash.Of(customer);
            var previous = await store.Records.GetAsync(clientId, RecordEntity.Customer, customer.SourceCustomerCode, cancellationToken);
            if (previous?.Hash != hash) writes.Add(new RecordWrite(RecordEntity.Customer, customer.SourceCustomerCode, hash, WireJson.Serialize(customer), origin));
        }
        if (writes.Count > 0) await store.Records.UpsertAsync(clientId, writes, cancellationToken);
        return new PullCounts(batch.Count, writes.Count, 0, 0);
    }
}
