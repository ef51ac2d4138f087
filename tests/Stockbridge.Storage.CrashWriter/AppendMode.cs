using System.Globalization;
using Stockbridge.Storage.Inbox;
using Stockbridge.Storage.Sqlite;

namespace Stockbridge.Storage.CrashWriter;

/// <summary>Appends deliveries for ever, printing "delivery-id inbox-id" only after each one's commit returned.</summary>
internal static class AppendMode
{
    public static async Task<int> RunAsync(string db, string clientId, string connectionId)
    {
        await using var store = SqliteStore.Open(new SqliteStoreOptions { Path = db }, TimeProvider.System);
        for (var i = 0; ; i++)
        {
            var deliveryId = string.Create(CultureInfo.InvariantCulture, $"d-{i}");
            var body = System.Text.Encoding.UTF8.GetBytes($$"""{"n":{{i}}}""");
            var result = await store.Inbox.AppendAsync(
                new InboxDelivery(clientId, connectionId, deliveryId, "orders/create", body, "{}", TimeProvider.System.GetUtcNow()),
                "webhook.process", CancellationToken.None);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{deliveryId} {result.InboxId}"));
            await Console.Out.FlushAsync();
        }
    }
}
