using Stockbridge.Domain.Hashing;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;

namespace Stockbridge.TradeStore.Accounts;

/// <summary>Reads and writes the store's own records (accounts, carts) of one entity as wire JSON in the hub's record store.</summary>
internal sealed class StoreRecords(IStore store)
{
    private const int Page = 500;

    public async Task<T?> GetAsync<T>(string clientId, string entity, string key, CancellationToken ct)
        where T : class =>
        await store.Records.GetAsync(clientId, entity, key, ct) is { } record ? WireJson.Deserialize<T>(record.Json) : null;

    public Task SaveAsync<T>(string clientId, string entity, string key, string origin, T value, string note, CancellationToken ct) =>
        store.Records.UpsertAsync(clientId,
            [new RecordWrite(entity, key, ContentHash.Of(value), WireJson.Serialize(value), origin) { Note = new RecordNote("store", origin, null, note) }], ct);

    /// <summary>Every record of <paramref name="entity"/> whose key starts with <paramref name="prefix"/>, in key order.</summary>
    public async Task<IReadOnlyList<(string Key, string Json)>> ListAsync(string clientId, string entity, string prefix, CancellationToken ct)
    {
        var found = new List<(string, string)>();
        for (var after = prefix; ;)
        {
            var page = await store.Records.ListAsync(clientId, entity, after, Page, ct);
            var ours = page.TakeWhile(r => r.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            found.AddRange(ours.Select(r => (r.Key, r.Json)));
            if (ours.Count < page.Count || page.Count < Page) return found;
            after = page[^1].Key;
        }
    }
}
