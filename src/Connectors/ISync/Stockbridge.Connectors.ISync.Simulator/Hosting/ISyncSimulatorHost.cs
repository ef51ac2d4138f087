using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.ISync.Simulator.Endpoints;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.ISync.Simulator.Wire;
using Stockbridge.Simulators.Faults;
using Stockbridge.Simulators.Hosting;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Connectors.ISync.Simulator.Hosting;

/// <summary>
/// Builds and starts the simulator app on the kit: the rate limit (429 with Retry-After), the token-expiry fault (an
/// <see cref="FaultKind.EvictSession"/> rule ends the caller's session before the call, which then fails TokenExpired), the
/// kit's faults by operation name (<see cref="ISyncOperations"/>), the API and the admin routes.
/// </summary>
public static class ISyncSimulatorHost
{
    private const string EvictedKey = "isync.session-evicted";

    /// <summary>Starts a simulator with a seeded company.</summary>
    public static async Task<RunningISyncSimulator> StartAsync(ISyncSimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var company = new ISyncCompany(options.Time, new ISyncCredentials(options.Username, options.Password), options.TokenLifetime);
        SampleCompany.Seed(company, options.Products);
        var faults = new FaultInjector(time: options.Time);
        var limiter = new FixedWindowLimiter(options.RequestsPerMinute, TimeSpan.FromMinutes(1), options.Time);
        var replies = new FaultReplies
        {
            ServerErrorBody = ISyncWireJson.ErrorText("ServerError", "An unexpected error occurred."),
            ServerErrorContentType = "application/json",
            ThrottleBody = ISyncWireJson.ErrorText("RateLimited", "Too many requests."),
            ThrottleContentType = "application/json",
        };

        var app = SimulatorWebApp.CreateBuilder(options.Port).Build();
        app.Use(async (http, next) =>
        {
            if (ISyncOperations.Of(http) is { } operation)
            {
                if (limiter.TryAcquire() is { Allowed: false } refused)
                {
                    http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling(refused.ResetIn.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                    await ISyncWireJson.Error(StatusCodes.Status429TooManyRequests, "RateLimited", "Too many requests.").ExecuteAsync(http);
                    return;
                }
                if (faults.Match(operation, FaultKind.EvictSession) is not null)
                {
                    // This call's fault is the eviction: the kit's fault step must not take a second rule for it.
                    http.Items[EvictedKey] = true;
                    if (ISyncApiFilter.BearerToken(http) is { } token) company.Expire(token);
                }
            }
            await next(http);
        });
        app.UseFaults(faults, http => http.Items.ContainsKey(EvictedKey) ? null : ISyncOperations.Of(http), replies, options.Time);
        ApiEndpoints.Map(app, company, options.Warehouse);
        AdminEndpoints.Map(app, company, faults);
        var baseUrl = await SimulatorWebApp.StartAsync(app, cancellationToken);
        return new RunningISyncSimulator(app, baseUrl, company, faults, options);
    }
}
