using Stockbridge.Sync.Fulfillment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Sync.Connections;
using Stockbridge.Sync.Orders;
using Stockbridge.Sync.Pull;
using Stockbridge.Sync.Push;
using Stockbridge.Sync.Queries;
using Stockbridge.Sync.Reconcile;
using Stockbridge.Sync.Scheduling;
using Stockbridge.Sync.Stock;

namespace Stockbridge.Sync.DependencyInjection;

/// <summary>Registers the sync pipeline.</summary>
public static class SyncServiceCollectionExtensions
{
    /// <summary>
    /// Adds the sync job handlers (<c>source.pull</c>, <c>channel.push</c>, <c>channel.push-stock</c>,
    /// <c>channel.poll-orders</c>, <c>order.raise</c>, <c>order.mark-raised</c>, <c>reconcile</c>), the webhook order sink
    /// (replacing the engine's default), the hosted <see cref="SyncScheduler"/> and the queries. Call with
    /// <c>AddStockbridgeEngine</c>; options bind from <c>Stockbridge:Sync</c>, then <paramref name="configure"/> runs.
    /// </summary>
    public static IServiceCollection AddStockbridgeSync(this IServiceCollection services, Action<SyncOptions>? configure = null)
    {
        var options = services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        foreach (var type in (Type[])[typeof(SyncConnections), typeof(SkuIndex), typeof(UnraisedDemandReader), typeof(PushQueue), typeof(PullBatchWriter), typeof(DroppedProducts),
                     typeof(ProductPusher), typeof(ChannelStockWriter), typeof(OrderRecords), typeof(OrderIntake), typeof(ChannelOrderReader), typeof(CustomerDirectoryReader), typeof(QuantityDecimalsReader), typeof(OrderRulesRunner), typeof(RaiseFollowUps), typeof(ShipmentIndex), typeof(OrderValueCheck),
                     typeof(ScheduleTick), typeof(OrderHistoryQuery), typeof(DriftReportQuery), typeof(SyncStatusQuery)])
            services.TryAddSingleton(type);
        services.RemoveAll<IWebhookEventSink>();
        services.AddSingleton<IWebhookEventSink, SyncOrderSink>();
        services.AddJobHandler<SourcePullHandler>()
            .AddJobHandler<ChannelPushHandler>()
            .AddJobHandler<ChannelStockPushHandler>()
            .AddJobHandler<OrderPollHandler>()
            .AddJobHandler<OrderRaiseHandler>()
            .AddJobHandler<OrderMarkRaisedHandler>()
            .AddJobHandler<OrderCancelHandler>()
            .AddJobHandler<OrderRefundHandler>()
            .AddJobHandler<OrderFulfillHandler>()
            .AddJobHandler<ShipmentTrackHandler>()
            .AddJobHandler<FulfillmentPushHandler>()
            .AddJobHandler<ReconcileHandler>();
        services.AddHostedService<SyncScheduler>();
        return services;
    }
}
