using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>How to start a simulated shop.</summary>
public sealed record ShopifySimulatorOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }
    public ShopifyPlan Plan { get; init; } = ShopifyPlan.Standard;
    public string ShopDomain { get; init; } = "stockbridge-demo.myshopify.com";
    public string AccessToken { get; init; } = "shpat_simulator_0000000000000000";
    public string WebhookSecret { get; init; } = "simulator-webhook-secret";
    /// <summary>A JSON file the shop's state is loaded from at start and saved to at stop; null keeps it in memory.</summary>
    public string? StateFile { get; init; }
    /// <summary>Stock locations created in a new shop.</summary>
    public IReadOnlyList<string> Locations { get; init; } = ["Johannesburg Warehouse", "Cape Town Warehouse"];
    /// <summary>VAT rate; shop prices include it.</summary>
    public decimal TaxRate { get; init; } = 0.15m;
    public string Currency { get; init; } = "ZAR";
    /// <summary>
    /// The supported stable Admin API versions (and the release candidate). Another well-formed version is served by the
    /// oldest of these; a malformed one answers 404 (<see cref="ServedApiVersion"/>).
    /// </summary>
    public IReadOnlyList<string> SupportedApiVersions { get; init; } = ["2025-10", "2026-01", "2026-04", "2026-07", "2026-10", "2027-01"];
    /// <summary>API version written in X-Shopify-API-Version on webhooks.</summary>
    public string WebhookApiVersion { get; init; } = "2026-04";
    /// <summary>Waits before each webhook retry (default: Shopify's 8 retries over ~4 h; make it short in tests).</summary>
    public IReadOnlyList<TimeSpan>? WebhookRetryDelays { get; init; }
    /// <summary>Seed for the fault dice, so fault runs repeat.</summary>
    public int Seed { get; init; } = 1234;
    /// <summary>The clock (bucket refill, timestamps, retry waits); the system clock when null.</summary>
    public TimeProvider? Time { get; init; }
}
