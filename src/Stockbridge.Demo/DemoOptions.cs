using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Demo;

/// <summary>How the demo (and the end-to-end tests built on it) sets up its world.</summary>
public sealed record DemoOptions
{
    /// <summary>The hub's port on 127.0.0.1; 0 picks a free one.</summary>
    public int HubPort { get; init; }
    /// <summary>Stock codes in the sample SYSPRO company.</summary>
    public int StockCodes { get; init; } = 60;
    /// <summary>Where the hub's store, the company database and the config file go; null: a new temp folder.</summary>
    public string? WorkDirectory { get; init; }
    /// <summary>How often the hub pulls from SYSPRO.</summary>
    public int PullIntervalSeconds { get; init; } = 3;
    /// <summary>How often the hub polls Shopify for orders a webhook missed.</summary>
    public int OrderPollIntervalSeconds { get; init; } = 10;
    /// <summary>How often the hub compares Shopify with what it pushed.</summary>
    public int ReconcileIntervalSeconds { get; init; } = 15;
    /// <summary>The simulated shop's plan: its API cost budget.</summary>
    public ShopifyPlan Plan { get; init; } = ShopifyPlan.Standard;
    /// <summary>Shopify's webhook retry delays (Shopify itself waits minutes; the demo waits seconds).</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; init; } = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)];
}
