using System.Text.Json.Nodes;

namespace Stockbridge.Connectors.Shopify.Simulator.State;

/// <summary>
/// Everything the simulated shop holds. Callers take <see cref="Gate"/> around any read-modify-write;
/// ids are 64-bit numbers of thirteen digits, like the ids real shops hand out today (e.g. 5_614_829_502_487): below
/// 2^53, so JavaScript clients (Shopify's own among them) read them exactly.
/// </summary>
public sealed partial class ShopState(TimeProvider time, IWebhookSink webhooks)
{
    private long _nextId = 7_000_000_000_000;

    /// <summary>The lock around every change.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);
    public TimeProvider Time { get; } = time;
    public IWebhookSink Webhooks { get; } = webhooks;
    public Dictionary<long, SimProduct> Products { get; } = [];
    public Dictionary<long, SimOrder> Orders { get; } = [];
    public Dictionary<long, SimCustomer> Customers { get; } = [];
    public List<SimLocation> Locations { get; } = [];
    public List<SimWebhookSubscription> Subscriptions { get; } = [];
    public List<SimMetafield> Metafields { get; } = [];
    public Dictionary<(long Item, long Location), int> Levels { get; } = [];
    public Dictionary<string, IdempotentResult> IdempotencyKeys { get; } = new(StringComparer.Ordinal);
    public int NextOrderNumber { get; set; } = 1001;
    public List<SimBulkOperation> BulkOperations { get; } = [];
    /// <summary>Files uploaded to staged-upload targets, by key.</summary>
    public Dictionary<string, byte[]> StagedFiles { get; } = new(StringComparer.Ordinal);
    /// <summary>Bulk results (JSONL) by operation id.</summary>
    public Dictionary<long, byte[]> BulkResults { get; } = [];
    /// <summary>Where the simulator listens (set once started), for staged-upload and result URLs.</summary>
    public Uri PublicUrl { get; set; } = new("http://127.0.0.1/");
    /// <summary>Runs bulk mutations (set by the host).</summary>
    public IBulkRunner? Bulk { get; set; }

    /// <summary>Number of successful writes made through the Admin API (for "an unchanged re-sync writes nothing").</summary>
    public int AdminWrites { get; set; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>A new id, unique across all record kinds.</summary>
    public long NewId() => Interlocked.Increment(ref _nextId);

    /// <summary>Makes every later id larger than <paramref name="id"/> (after loading saved state).</summary>
    public void EnsureIdsAbove(long id) => _nextId = Math.Max(_nextId, id);

    public IEnumerable<SimVariant> AllVariants => Products.Values.SelectMany(p => p.Variants);

    public SimVariant? VariantById(long id) => AllVariants.FirstOrDefault(v => v.Id == id);

    public SimVariant? VariantBySku(string sku) => AllVariants.FirstOrDefault(v => string.Equals(v.Sku, sku, StringComparison.Ordinal));

    public SimVariant? VariantByInventoryItem(long itemId) => AllVariants.FirstOrDefault(v => v.InventoryItemId == itemId);

    public SimLocation? LocationById(long id) => Locations.FirstOrDefault(l => l.Id == id);

    /// <summary>Available quantity of an item at a location, or null when it is not stocked there.</summary>
    public int? Available(long itemId, long locationId) => Levels.TryGetValue((itemId, locationId), out var q) ? q : null;

    /// <summary>Publishes a webhook topic with its REST-shaped body to every subscriber.</summary>
    public void Publish(string topic, JsonObject body) => Webhooks.Publish(topic, body);
}
