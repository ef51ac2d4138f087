using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Serialization;
using Stockbridge.Storage;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Records;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.TradeStore.Connector;

namespace Stockbridge.Demo;

/// <summary>
/// The demo's trade store: a <c>tradestore</c> connection for the demo client and a sample trade login for one of the ERP's
/// customers (one with an e-mail, not on hold, the largest credit limit), once the hub has pulled the customers. The login
/// exists only in the demo's throw-away store, on 127.0.0.1.
/// </summary>
public static class DemoTradeStore
{
    public const string ConnectionId = "demo-tradestore";
    public const string Password = "trade-demo-2026";

    /// <summary>Opens the store and makes the sample login; returns the store URL and the login, or null with why not.</summary>
    public static async Task<(Uri Url, string Email, string Customer)?> StartAsync(IServiceProvider services, Uri hubUrl, TimeSpan wait, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = services.GetRequiredService<IStore>();
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = DemoIds.Client, Id = ConnectionId, ConnectorKey = TradeStoreManifest.Key, Name = "Trade store",
            Settings = new Dictionary<string, string> { [TradeStoreSettings.StoreNameKey] = "Demo Trade Store" },
        }, ct);
        var step = TimeSpan.FromMilliseconds(500);
        for (var waited = TimeSpan.Zero; ; waited += step)
        {
            var customers = (await store.Records.ListAsync(DemoIds.Client, RecordEntity.Customer, null, 1000, ct)).Select(r => WireJson.Deserialize<Customer>(r.Json));
            var sample = customers.Where(c => c.Active && !c.OnHold && !string.IsNullOrWhiteSpace(c.Email) && c.SourceCustomerCode != "CASH")
                .OrderByDescending(c => c.CreditLimit ?? 0).ThenBy(c => c.SourceCustomerCode, StringComparer.Ordinal).FirstOrDefault();
            if (sample is not null)
            {
                await services.GetRequiredService<TradeAccounts>().SetPasswordDirectlyAsync(DemoIds.Client, ConnectionId, sample.SourceCustomerCode, sample.Email!, Password, ct);
                return (new Uri(hubUrl, $"store/{DemoIds.Client}/"), sample.Email!, sample.SourceCustomerCode);
            }
            if (waited >= wait) return null;
            await Task.Delay(step, ct);
        }
    }
}
