using Stockbridge.Connectors.Magento2.Simulator.Auth;

namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>How to start a simulated Magento 2 store.</summary>
public sealed record Magento2SimulatorOptions
{
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The activated integration's OAuth 1.0a credentials (<c>--token</c> fixes the access token).</summary>
    public IntegrationCredentials Integration { get; init; } = new(
        "ck0stockbridge0simulator0000000000", "cs0stockbridge0simulator0000000000",
        "at0stockbridge0simulator0000000000", "ts0stockbridge0simulator0000000000");

    /// <summary>The admin user <c>POST /V1/integration/admin/token</c> accepts.</summary>
    public string AdminUser { get; init; } = "stockbridge";

    /// <summary>Its password.</summary>
    public string AdminPassword { get; init; } = "stockbridge-admin-123";

    /// <summary>The store's configuration (input limits, bearer use, token lifetime, tax, shipping).</summary>
    public SimulatorSettings Settings { get; init; } = new();

    /// <summary>Whether the <c>async.operations.all</c> consumer runs (false: bulk operations stay open until it is started).</summary>
    public bool ConsumerRunning { get; init; } = true;

    /// <summary>The clock (admin token expiry, dates).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The seed of the fault injector's dice.</summary>
    public int FaultSeed { get; init; } = 7;
}
