using System.Globalization;
using GraphQL.Types;
using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Execution;
using Stockbridge.Connectors.Shopify.Simulator.GraphQL.Roots;
using Stockbridge.Connectors.Shopify.Simulator.State;
using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.RateLimits;
using Stockbridge.Simulators.Webhooks;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>The running shop: state, cost bucket, faults, webhook dispatcher (the last three the simulator kit's) and schema.</summary>
public sealed class SimulatorRuntime : IAsyncDisposable
{
    private static readonly Lazy<ISchema> SharedSchema = new(ShopifySchemaFactory.Create);
    private long adminRequests;

    public SimulatorRuntime(ShopifySimulatorOptions options, HttpClient webhookHttp)
    {
        Options = options;
        Time = options.Time ?? TimeProvider.System;
        Faults = new FaultInjector(options.Seed, Time);
        Bucket = new LeakyBucket(ShopifyPlanLimits.BucketSize(options.Plan), ShopifyPlanLimits.RestoreRate(options.Plan), Time);
        Shop = new ShopInfo(options.ShopDomain, options.ShopDomain.Split('.')[0], ShopifyPlanLimits.DisplayName(options.Plan), options.Currency);
        Webhooks = new WebhookDispatcher(ShopifyWebhookPolicy.For(options), Faults, Time, webhookHttp);
        State = new ShopState(Time, new ShopifyWebhookSink(Webhooks));
        Webhooks.Targets = topic => [.. State.Subscriptions.Where(s => s.Topic == topic).Select(s => new WebhookTarget(s.Id.ToString(CultureInfo.InvariantCulture), s.Uri))];
        Webhooks.Disable = id =>
        {
            State.Gate.Wait();
            try { State.Subscriptions.RemoveAll(s => s.Id.ToString(CultureInfo.InvariantCulture) == id); }
            finally { State.Gate.Release(); }
        };
        if (options.StateFile is not null && File.Exists(options.StateFile)) StateSnapshot.Load(State, options.StateFile);
        Bulk = new BulkOperationRunner(this);
        State.Bulk = Bulk;
        if (State.Locations.Count == 0) State.Locations.AddRange(options.Locations.Select(n => new SimLocation(State.NewId(), n)));
    }

    public ShopifySimulatorOptions Options { get; }
    public TimeProvider Time { get; }
    public LeakyBucket Bucket { get; }
    public ShopInfo Shop { get; }
    /// <summary>Faults to inject (rules target <c>graphql</c> for the Admin API, a topic for webhooks, or <c>*</c>).</summary>
    public FaultInjector Faults { get; }
    public WebhookDispatcher Webhooks { get; }
    public ShopState State { get; }
    public ISchema Schema => SharedSchema.Value;
    public BulkOperationRunner Bulk { get; }
    /// <summary>Requests received on the Admin API (<c>/admin/...</c>) so far: every outside call a connector made.</summary>
    public long AdminRequests => Interlocked.Read(ref adminRequests);

    /// <summary>Counts one Admin API request.</summary>
    public void CountAdminRequest() => Interlocked.Increment(ref adminRequests);

    public async ValueTask DisposeAsync()
    {
        await Bulk.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        await Webhooks.DisposeAsync();
        if (Options.StateFile is not null) StateSnapshot.Save(State, Options.StateFile);
    }
}
