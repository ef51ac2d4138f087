using System.Globalization;
using Stockbridge.Domain.Catalog;
using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Orders;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Jobs;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Testing;

/// <summary>
/// Seeds one client straight into the store: an ERP and a shop connection (with known secrets), products, one raised
/// order with its history across systems, one failed job with its reason and payload, a user per role and an API token.
/// </summary>
public sealed record SeedData(string ClientId, string ErpId, string ShopId, string OrderKey, string SourceOrderCode, long FailedJobId, string ApiToken, string ErpPassword, string ShopToken)
{
    public const string Password = "correct horse battery";

    public string Admin => $"admin@{ClientId}.test";
    public string Operator => $"operator@{ClientId}.test";
    public string Viewer => $"viewer@{ClientId}.test";

    public static async Task<SeedData> SeedAsync(IStore store, string clientId, int products, CancellationToken ct = default)
    {
        var time = TimeProvider.System;
        var now = time.GetUtcNow();
        await store.Clients.UpsertAsync(new ClientRecord(clientId, $"{clientId} Ltd", now), ct);
        var seed = new SeedData(clientId, $"{clientId}-erp", $"{clientId}-shop", $"{clientId}-shop:1001", $"SO-{clientId.ToUpperInvariant()}-000123",
            0, "", $"erp-pw-{clientId}-Zq81!", $"shpat_{clientId}_9f8e7d6c5b");
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = clientId, Id = seed.ErpId, ConnectorKey = TestErpConnectorFactory.Key, Name = "ERP",
            Settings = new Dictionary<string, string> { ["base_url"] = "http://127.0.0.1:9/erp", ["company"] = "EDU1", ["operator"] = "ADMIN" },
            Secrets = new Dictionary<string, string> { ["password"] = seed.ErpPassword },
        }, ct);
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = clientId, Id = seed.ShopId, ConnectorKey = TestShopConnectorFactory.Key, Name = "Shop",
            Settings = new Dictionary<string, string> { ["shop_domain"] = $"{clientId}.myshop.test" },
            Secrets = new Dictionary<string, string> { ["access_token"] = seed.ShopToken },
        }, ct);
        await store.Records.UpsertAsync(clientId, [.. Enumerable.Range(1, products).Select(i => Product(clientId, i, seed.ErpId))], ct);
        await SeedOrderAsync(store, seed, now, ct);
        var jobId = await SeedFailedJobAsync(store, seed, ct);
        foreach (var (email, role) in new[] { (seed.Admin, "admin"), (seed.Operator, "operator"), (seed.Viewer, "viewer") })
            await AccessProvisioning.AddUserAsync(store, clientId, email, Password, role, time, ct);
        var (_, token) = await AccessProvisioning.CreateTokenAsync(store, clientId, "tests", time, ct);
        return seed with { FailedJobId = jobId, ApiToken = token };
    }

    private static RecordWrite Product(string clientId, int i, string origin)
    {
        var product = new Product { SourceProductCode = string.Create(CultureInfo.InvariantCulture, $"P{i:000}"), Title = $"{clientId} widget {i}" };
        return new RecordWrite(RecordEntity.Product, product.SourceProductCode, ContentHash.Of(product), WireJson.Serialize(product), origin);
    }

    private static async Task SeedOrderAsync(IStore store, SeedData seed, DateTimeOffset now, CancellationToken ct)
    {
        var order = new Order
        {
            Channel = TestShopConnectorFactory.Key, ChannelOrderCode = "1001", State = OrderState.Raised, SourceOrderCode = seed.SourceOrderCode,
            SourceCustomerCode = "CASH01", Totals = new OrderTotals(100m, 15m, 10m, 0m, 125m),
        };
        var hash = ContentHash.Of(order);
        await store.Records.UpsertAsync(seed.ClientId, [new RecordWrite(RecordEntity.Order, seed.OrderKey, hash, WireJson.Serialize(order), seed.ShopId)], ct);
        await store.Records.SaveLinksAsync([new RecordLink(seed.ClientId, seed.ShopId, RecordEntity.Order, seed.OrderKey, "gid://shop/Order/555", "{}", hash, now)], ct);
        await store.Records.AppendAuditAsync(new AuditEntry(seed.ClientId, RecordEntity.Order, seed.OrderKey, TimeProvider.System.GetUtcNow(), "validated", null, null,
            "customer CASH01 (web cash account), warehouse WH1", hash), ct);
        await store.Records.AppendAuditAsync(new AuditEntry(seed.ClientId, RecordEntity.Order, seed.OrderKey, TimeProvider.System.GetUtcNow(), "raised", seed.ErpId, null,
            $"raised into the ERP as {seed.SourceOrderCode}", hash), ct);
    }

    private static async Task<long> SeedFailedJobAsync(IStore store, SeedData seed, CancellationToken ct)
    {
        var kind = $"order.raise.{seed.ClientId}";
        var id = await store.Jobs.EnqueueAsync(new JobRequest(seed.ClientId, seed.ErpId, kind, seed.OrderKey, """{"sku":"X-99","qty":2}"""), ct);
        var claimed = await store.Jobs.ClaimAsync(new ClaimRequest("seed", 1, TimeSpan.FromMinutes(1), [kind]), ct);
        var job = claimed.Single(c => c.Job.Id == id);
        await store.Jobs.FailAttemptAsync(id, job.LeaseToken, new JobFailure("permanent", "Unknown StockCode 'X-99' in order 1001", null), ct);
        return id;
    }
}
