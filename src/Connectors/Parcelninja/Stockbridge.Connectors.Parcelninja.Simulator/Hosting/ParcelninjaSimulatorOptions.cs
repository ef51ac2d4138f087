using Stockbridge.Connectors.Parcelninja.Simulator.State;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

/// <summary>How to start a simulated Parcelninja account.</summary>
public sealed record ParcelninjaSimulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The API username it accepts (Basic auth).</summary>
    public string Username { get; init; } = "stockbridge-api";

    /// <summary>The API password it accepts (Basic auth).</summary>
    public string Password { get; init; } = "pn_simulator_password_0000";

    /// <summary>The clock: outbound events, timestamps and the lifecycle steps all follow it (tests pass a fake one and advance it).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long an outbound takes per step along 240 → 245; zero: only when told.</summary>
    public TimeSpan StepInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the warehouse looks at its clock to move outbounds along (and send their webhooks).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>What a second outbound for the same client order number gets (Parcelninja's own behaviour is unknown).</summary>
    public DuplicateClientIdPolicy Duplicates { get; init; } = DuplicateClientIdPolicy.Accept;

    /// <summary>What an outbound line for a SKU the warehouse never held gets.</summary>
    public UnknownItemPolicy UnknownItems { get; init; } = UnknownItemPolicy.StockOnFirstSight;

    /// <summary>Waits before retrying a failed webhook delivery; empty: no retries (Parcelninja's policy is unknown).</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; init; } = [];

    /// <summary>The store name stock-adjustment webhooks carry.</summary>
    public string StoreName { get; init; } = "Stockbridge Simulated Store";

    /// <summary>The seed of the fault injector's dice.</summary>
    public int FaultSeed { get; init; } = 7;
}
