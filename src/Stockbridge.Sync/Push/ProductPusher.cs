using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Serialization;
using Stockbridge.Engine.Jobs;
using Stockbridge.Mapping.Projection;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Jobs;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.Push;

/// <summary>
/// Projects one hub product for one channel and writes it only when its projection hash differs from the link's pushed
/// hash (or when forced). A stock-only push whose shape half still matches writes quantities only. The link (channel ids,
/// pushed hash) and a <c>pushed</c> audit entry are saved afterwards; a record the channel rejects fails for good with
/// the channel's reason.
/// </summary>
public sealed class ProductPusher(IStore store, SyncConnections connections, UnraisedDemandReader demand, ChannelStockWriter stock)
{
    /// <summary>Pushes <paramref name="payload"/>'s product to the job's channel connection.</summary>
    public async Task<PushResult> PushAsync(JobContext context, ProductJobPayload payload, PushMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        var job = context.Job;
        var channel = await connections.GetAsync(job.ClientId, job.ConnectionId, cancellationToken);
        var record = await store.Records.GetAsync(job.ClientId, RecordEntity.Product, payload.ProductCode, cancellationToken);
        if (record is null) return new PushResult(payload.ProductCode, "missing");

        var product = WireJson.Deserialize<Product>(record.Json);
        var projected = ProductProjection.Project(product, ConnectionRules.Channel(channel), await demand.ReadAsync(job.ClientId, cancellationToken, [.. product.Variants.Select(v => v.Sku)]));
        var link = await store.Records.GetLinkAsync(job.ClientId, channel.Id, RecordEntity.Product, payload.ProductCode, cancellationToken);
        if (!payload.Force && link?.PushedHash == projected.Hash) return new PushResult(payload.ProductCode, "unchanged", StoredChannelStatus.Word(projected.Status), projected.Hash);
        var onChannel = link is not null && link.ExternalId.Length > 0;
        if (!onChannel && !projected.IsActive) return new PushResult(payload.ProductCode, "skipped", StoredChannelStatus.Word(projected.Status), projected.Hash);

        var connector = connections.Bind<IChannelConnector>(channel);
        var known = LinkIds.ToChannel(link);
        var stockOnly = mode == PushMode.StockOnly && !payload.Force && onChannel && ProjectedProduct.ShapeOf(link!.PushedHash) == projected.ShapeHash;
        var outcomes = stockOnly
            ? await stock.WriteAsync(channel, connector, payload.ProductCode, projected, known, cancellationToken)
            : await connector.PushProductsAsync([new ProductPush(projected.Product, projected.Status, known)], cancellationToken);
        if (!stockOnly && known is null && outcomes.All(o => o.Succeeded)) await stock.RememberAsync(channel, payload.ProductCode, projected, cancellationToken);
        // A channel sets quantities when it creates a variant, but an update of a known product may leave them as they were
        // (Shopify's productSet does): the quantities then follow through the stock path, so a change of price and stock
        // together moves both.
        if (!stockOnly && known is not null && projected.Status != ChannelProductStatus.Deleted && outcomes.All(o => o.Succeeded))
            outcomes = [.. outcomes, .. await stock.WriteAsync(channel, connector, payload.ProductCode, projected, known, cancellationToken)];

        if (outcomes.FirstOrDefault(o => !o.Succeeded) is { } rejected)
        {
            await AuditAsync(context, channel, payload.ProductCode, SyncAuditActions.PushFailed, $"{channel.Name} rejected it: {rejected.Error}", projected.Hash, cancellationToken);
            throw new PermanentConnectorException($"{channel.Name} rejected product {payload.ProductCode}: {rejected.Error}", "channel_rejected");
        }
        // A stock push answers with per-SKU inventory links, not the product's: the product link stays as it was.
        var saved = (stockOnly ? known : outcomes.Select(o => o.Link).FirstOrDefault(l => l is not null) ?? known)
            ?? throw new TransientConnectorException($"{channel.Name} returned no ids for product {payload.ProductCode}.");
        if (projected.Status == ChannelProductStatus.Deleted) saved = LinkIds.Deleted;
        var now = context.Time.GetUtcNow();
        await store.Records.SaveLinksAsync([new RecordLink(job.ClientId, channel.Id, RecordEntity.Product, payload.ProductCode, saved.ExternalId, LinkIds.ToJson(saved), projected.Hash, now)], cancellationToken);
        var what = stockOnly ? "stock" : $"product ({StoredChannelStatus.Word(projected.Status)})";
        var why = payload.Reason is null ? "" : $", reason {payload.Reason}";
        await AuditAsync(context, channel, payload.ProductCode, SyncAuditActions.Pushed, $"{what} pushed to {channel.Name}{why}", projected.Hash, cancellationToken);
        return new PushResult(payload.ProductCode, stockOnly ? "stock_pushed" : "pushed", StoredChannelStatus.Word(projected.Status), projected.Hash, projected.Quantities);
    }

    private Task AuditAsync(JobContext context, ConnectionRecord channel, string key, string action, string detail, string hash, CancellationToken cancellationToken) =>
        store.Records.AppendAuditAsync(new AuditEntry(context.Job.ClientId, RecordEntity.Product, key, context.Time.GetUtcNow(), action, channel.Id, context.Job.Id, detail, hash), cancellationToken);
}
