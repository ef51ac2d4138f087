namespace Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

/// <summary>How to start a simulated WooCommerce store.</summary>
public sealed record WooCommerceSimulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The REST API consumer key the store accepts.</summary>
    public string ConsumerKey { get; init; } = "ck_stockbridge_simulator_0000000000000000000000";

    /// <summary>The REST API consumer secret the store accepts.</summary>
    public string ConsumerSecret { get; init; } = "cs_stockbridge_simulator_0000000000000000000000";

    /// <summary>The secret a merchant gives the order webhooks (<see cref="WooCommerceRunningSimulator.SubscribeOrderWebhooksAsync"/>).</summary>
    public string WebhookSecret { get; init; } = "whsec_stockbridge_simulator";

    /// <summary>Waits before retrying a failed delivery; empty (WooCommerce's own behaviour): no retries.</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; init; } = [];

    /// <summary>The most items one batch request takes (the <c>woocommerce_rest_batch_items_limit</c> filter).</summary>
    public int BatchLimit { get; init; } = 100;

    /// <summary>The clock (OAuth timestamps, dates).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The seed of the fault injector's dice.</summary>
    public int FaultSeed { get; init; } = 7;
}
