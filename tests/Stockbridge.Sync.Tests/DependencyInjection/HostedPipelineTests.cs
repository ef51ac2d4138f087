using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Storage;
using Stockbridge.Storage.Clients;
using Stockbridge.Storage.Connections;
using Stockbridge.Storage.Sqlite;
using Stockbridge.Sync.DependencyInjection;
using Stockbridge.Sync.Tests.Support;

namespace Stockbridge.Sync.Tests.DependencyInjection;

public class HostedPipelineTests
{
    [Fact]
    public async Task AddStockbridgeSync_InAHost_SchedulesPullsAndRaisesPolledOrdersOnItsOwn()
    {
        var token = TestContext.Current.CancellationToken;
        var directory = Directory.CreateTempSubdirectory("stockbridge-hosted-").FullName;
        await using var store = await SqliteStore.OpenMigratedAsync(new SqliteStoreOptions { Path = Path.Combine(directory, "hub.db") }, TimeProvider.System, token);
        var source = new InMemorySource();
        var channel = new InMemoryChannel();
        var sources = new TestConnectorFactory("memsource", ConnectorKind.Source, ConnectorCapabilities.Products | ConnectorCapabilities.Orders);
        var channels = new TestConnectorFactory("memchannel", ConnectorKind.Channel, ConnectorCapabilities.Products | ConnectorCapabilities.Orders);
        sources.Instances["erp"] = source;
        channels.Instances["shop"] = channel;
        await store.Clients.UpsertAsync(new ClientRecord("acme", "Acme", TimeProvider.System.GetUtcNow()), token);
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = "acme", Id = "erp", ConnectorKey = "memsource", Name = "ERP",
            RulesJson = """{"poll_interval_seconds":1,"default_customer_code":"WEB0001","shipping_service_code":"FREIGHT"}""",
        }, token);
        await store.Connections.SaveAsync(new ConnectionRecord
        {
            ClientId = "acme", Id = "shop", ConnectorKey = "memchannel", Name = "Shop", RulesJson = """{"order_poll_interval_seconds":1}""",
        }, token);
        source.Put(TestData.Product("P1", jhb: 7, cpt: 0));
        channel.Orders["#1"] = TestData.Order("#1", "P1", 2);

        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IStore>(store).AddSingleton<IConnectorFactory>(sources).AddSingleton<IConnectorFactory>(channels);
        builder.Services.AddStockbridgeEngine(o => o.MaxIdleWait = TimeSpan.FromMilliseconds(100));
        builder.Services.AddStockbridgeSync(o => o.SchedulerTick = TimeSpan.FromMilliseconds(100));
        using var host = builder.Build();
        await host.StartAsync(token);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            while (!(channel.Marked.ContainsKey("#1") && channel.Skus.TryGetValue("P1", out var shown) && shown.Quantity == 7))
                await Task.Delay(50, timeout.Token);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
        source.Orders["#1"].Order.SourceCustomerCode.ShouldBe("WEB0001");
        channel.Marked["#1"].ShouldBe(source.Orders["#1"].Number);
    }
}
