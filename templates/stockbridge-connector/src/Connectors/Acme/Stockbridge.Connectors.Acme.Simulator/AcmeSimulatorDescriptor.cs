using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Acme.Simulator.Wire;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>
/// Starts the Acme simulator on the simulator kit (<c>stockbridge simulate acme</c>, the demo and the compliance tests):
/// 127.0.0.1 on a fixed or free port, faults on demand at <c>/admin/faults</c>, and the API's rate limit.
/// </summary>
public sealed class AcmeSimulatorDescriptor : ISimulatorDescriptor
{
    /// <summary>Requests the API takes per window before it answers 429 (replace with the vendor's published limit).</summary>
    public const int RequestsPerWindow = 600;

    /// <inheritdoc />
    public string Key => "acme";

    /// <inheritdoc />
    public string Summary => "Acme's API with seeded data (a placeholder wire protocol until the vendor's own is written).";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "The port on 127.0.0.1 (0: a free one)."),
        new("--token", "TOKEN", "The API token it accepts (default: a new random one)."),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var arguments = SimulatorArguments.Parse(start.Arguments, ["port", "token"]);
        var token = arguments.String("token") ?? "acme_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var time = TimeProvider.System;
        var state = new AcmeState(time);
        AcmeEndpoints.Seed(state);
        var faults = new FaultInjector(time: time);
        var limiter = new FixedWindowLimiter(RequestsPerWindow, TimeSpan.FromMinutes(1), time);

        var app = SimulatorWebApp.CreateBuilder(arguments.Has("port") ? arguments.Port : start.Port).Build();
        // The vendor's rate limit answers 429 with Retry-After, as the connector expects; faults target the call's path.
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api") && limiter.TryAcquire() is { Allowed: false } refused)
            {
                http.Response.Headers.RetryAfter = Math.Ceiling(refused.ResetIn.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Json(new { error = "rate limit exceeded" }, statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
                return;
            }
            await next(http);
        });
        app.UseFaults(faults, http => http.Request.Path.StartsWithSegments("/api") ? http.Request.Path.Value : null);
        app.MapGroup("/admin").MapFaults(faults);
        AcmeEndpoints.Map(app, state, token);
        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        return new AcmeSimulator(app, baseUrl, state, token) { Faults = faults };
    }
}
