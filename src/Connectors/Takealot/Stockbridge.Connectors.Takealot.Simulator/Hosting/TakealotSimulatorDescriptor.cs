using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Connectors.Takealot.Simulator.Endpoints;
using Stockbridge.Connectors.Takealot.Simulator.Sales;
using Stockbridge.Connectors.Takealot.Simulator.State;
using Stockbridge.Connectors.Takealot.Simulator.Webhooks;
using Stockbridge.Connectors.Takealot.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Connectors.Takealot.Simulator.Hosting;

/// <summary>
/// Starts the Takealot simulator on the simulator kit (<c>stockbridge simulate takealot</c>, the demo and the tests): Seller
/// API v2 and Marketplace API v1 on 127.0.0.1, a rate limit with <c>x-RateLimit-*</c> headers, faults at <c>/_sim/faults</c>,
/// signed webhooks, and the simulator's own routes under <c>/_sim</c>.
/// </summary>
public sealed class TakealotSimulatorDescriptor : ISimulatorDescriptor
{
    /// <summary>Requests per minute before 429 (Takealot publishes no numbers; its limits are per endpoint and dynamic).</summary>
    public const int DefaultRequestsPerMinute = 1200;

    /// <inheritdoc />
    public string Key => "takealot";

    /// <inheritdoc />
    public string Summary => "Takealot's Seller API v2 (and Marketplace API v1): offers by SKU/ID/barcode with whole-rand prices, leadtime and DC stock, batches, sales of both kinds, hex-signed webhooks.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--api-key", "KEY", "the API key it accepts (default: a new random one)"),
        new("--webhook-secret", "SECRET", "the secret its webhooks are signed with (default: a new random one)"),
        new("--rate-limit", "N", "requests per minute before it answers 429"),
        new("--catalogue", "open|strict", "open (default): an offer written by SKU alone is taken as listed in the Seller Portal; strict: refuse written by SKU alone that do not exist yet (E2), as Takealot does for a seller who listed nothing"),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var arguments = SimulatorArguments.Parse(start.Arguments, ["port", "api-key", "webhook-secret", "rate-limit", "catalogue"]);
        var time = TimeProvider.System;
        var state = new TakealotState(time) { ListUnknownSkus = arguments.String("catalogue", "open") != "strict" };
        TakealotSeed.Apply(state);
        var keys = new TakealotKeys(arguments.String("api-key") ?? TakealotKeys.NewKey());
        var secret = arguments.String("webhook-secret") ?? TakealotKeys.NewKey();
        var perMinute = arguments.Int("rate-limit", DefaultRequestsPerMinute);
        var faults = new FaultInjector(time: time);
        var webhooks = new TakealotWebhooks(state, secret, start.RetryDelays is { Count: > 0 } delays ? delays : TakealotWebhooks.TakealotRetryDelays, faults, time);
        var batches = new BatchProcessor(state, webhooks, time);
        var sales = new SalePlacer(state, webhooks);
        var gate = new TakealotGate(keys, new FixedWindowLimiter(perMinute, TimeSpan.FromMinutes(1), time));

        var app = SimulatorWebApp.CreateBuilder(arguments.Has("port") ? arguments.Port : start.Port).Build();
        app.Use((http, next) => gate.InvokeAsync(http, () => next(http)));
        app.UseFaults(faults, http => TakealotGate.IsApi(http.Request.Path) ? http.Request.Path.Value : null);
        app.MapGroup("/_sim").MapFaults(faults);
        OfferEndpoints.Map(app, state, batches);
        SalesEndpoints.Map(app, state);
        MarketplaceEndpoints.Map(app, state, webhooks);
        SimAdminEndpoints.Map(app, state, sales, webhooks, keys);
        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        return new TakealotSimulator(app, baseUrl, state, keys, webhooks, batches, sales) { Faults = faults };
    }
}
