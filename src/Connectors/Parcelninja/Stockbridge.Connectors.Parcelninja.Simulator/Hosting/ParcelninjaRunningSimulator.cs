using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Parcelninja.Simulator.Webhooks;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

/// <summary>
/// A running simulated Parcelninja account seen from outside the hub (<see cref="IFulfillmentSimulator"/>): the warehouse,
/// its outbounds (by the client's order number) and its stock. A timer on the simulator's clock moves outbounds along
/// 240 → 245 and so sends their status webhooks; with a fake clock, advancing it does the same.
/// </summary>
public sealed class ParcelninjaRunningSimulator : IFulfillmentSimulator
{
    private readonly WebApplication _app;
    private readonly ITimer _ticker;

    /// <summary>Wraps a started app.</summary>
    public ParcelninjaRunningSimulator(WebApplication app, Uri baseUrl, ParcelninjaSimulatorOptions options, Warehouse warehouse, FaultInjector faults, ParcelninjaWebhookSender webhooks)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(warehouse);
        _app = app;
        BaseUrl = baseUrl;
        Options = options;
        Warehouse = warehouse;
        Faults = faults;
        Webhooks = webhooks;
        _ticker = options.Time.CreateTimer(_ => warehouse.CatchUp(), null, options.TickInterval, options.TickInterval);
    }

    /// <inheritdoc />
    public Uri BaseUrl { get; }

    /// <summary>The Store API's base URL, e.g. <c>http://127.0.0.1:5123/api/v1/</c>.</summary>
    public Uri ApiUrl => new(BaseUrl, ParcelninjaSimulator.ApiBase.TrimStart('/') + "/");

    /// <summary>How it was started.</summary>
    public ParcelninjaSimulatorOptions Options { get; }

    /// <summary>The account's state.</summary>
    public Warehouse Warehouse { get; }

    /// <summary>Faults on demand (also at <c>/_sim/faults</c>).</summary>
    public FaultInjector Faults { get; }

    /// <summary>The webhook sender and its delivery log.</summary>
    public ParcelninjaWebhookSender Webhooks { get; }

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("API URL", ApiUrl.ToString()),
        new("API username", Options.Username),
        new("API password", Options.Password),
        new("lifecycle", $"240 → 245, one step every {Options.StepInterval.TotalSeconds:0.##} s"),
        new("test endpoints", $"{BaseUrl}_sim/faults, /_sim/outbounds/{{id}}/events, /_sim/inventory/{{sku}}, /_sim/webhooks/log"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["base_url"] = ApiUrl.ToString(),
        ["username"] = Options.Username,
        ["password"] = Options.Password,
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["password"] = "pn_not_the_password_0000" };

    /// <summary>How many standing outbounds the warehouse holds for a client order number (exactly-once checks).</summary>
    public int OutboundCount(string clientId) =>
        Warehouse.Read(w => w.Outbounds.Count(o => o.DeletedAt is null && string.Equals(o.ClientId, clientId, StringComparison.Ordinal)));

    /// <inheritdoc />
    public Task<ShipmentState?> ReadShipmentAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult(Warehouse.Read(w => w.ByClientId(channelOrderCode) is { } o
            ? new ShipmentState(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Latest.Description, o.WaybillNumber, o.Items.Count)
            : null));

    /// <inheritdoc />
    public Task ShipAsync(string channelOrderCode, string trackingNumber, CancellationToken cancellationToken)
    {
        Warehouse.Ship(channelOrderCode, trackingNumber);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _ticker.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Webhooks.DisposeAsync();
    }
}
