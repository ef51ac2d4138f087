using Stockbridge.Engine.Testing;

namespace Stockbridge.Bench;

/// <summary>A fresh SQLite store in a temporary directory, with the HMAC test connection.</summary>
internal static class BenchStore
{
    public const string Connection = "bench-shop";

    public static async Task<TestStore> CreateAsync()
    {
        var store = await TestStore.CreateAsync(TimeProvider.System, Path.Combine(Path.GetTempPath(), "stockbridge-bench", Guid.NewGuid().ToString("N")));
        await store.AddConnectionAsync(Connection);
        return store;
    }
}
