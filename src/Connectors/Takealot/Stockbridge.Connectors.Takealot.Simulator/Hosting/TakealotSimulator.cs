using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Takealot.Simulator.Sales;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;
using Stockbridge.Connectors.Takealot.Simulator.Wire;

namespace Stockbridge.Connectors.Takealot.Simulator.Hosting;

/// <summary>A running Takealot simulator: where it listens, how a connection reaches it, its faults, state and webhooks.</summary>
public sealed partial class TakealotSimulator(WebApplication app, Uri baseUrl, TakealotState state, TakealotKeys keys, TakealotWebhooks webhooks,
    BatchProcessor batches, SalePlacer sales) : IRunningSimulator
{
    /// <inheritdoc />
    public Uri BaseUrl { get; } = baseUrl;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("Base URL", BaseUrl.ToString()), new("API key", Keys.Current), new("webhook secret", Webhooks.Secret),
        new("merchant warehouse", TakealotSeed.MainWarehouseId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("faults", BaseUrl + "_sim/faults"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>
    {
        ["base_url"] = BaseUrl.ToString(),
        ["api_key"] = Keys.Current,
        ["webhook_secret"] = Webhooks.Secret,
        ["merchant_warehouse_id"] = TakealotSeed.MainWarehouseId.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => new Dictionary<string, string> { ["api_key"] = "0000not-the-key" };

    /// <summary>Faults on demand (also at <c>/_sim/faults</c>).</summary>
    public Stockbridge.Simulators.Faults.FaultInjector Faults { get; init; } = new();

    /// <summary>The seller account's state.</summary>
    public TakealotState State { get; } = state;

    /// <summary>The API key and its blocking.</summary>
    public TakealotKeys Keys { get; } = keys;

    /// <summary>The webhooks and their delivery log.</summary>
    public TakealotWebhooks Webhooks { get; } = webhooks;

    /// <summary>Shoppers' sales of both kinds.</summary>
    public SalePlacer Sales { get; } = sales;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await batches.DisposeAsync();
        await Webhooks.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
