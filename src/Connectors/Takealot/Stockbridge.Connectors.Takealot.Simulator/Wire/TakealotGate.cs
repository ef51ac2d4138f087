using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Stockbridge.Simulators.RateLimits;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>
/// The API's door for both surfaces: the rate limit (every answer carries <c>x-RateLimit-Limit</c>, <c>-Remaining</c> and
/// <c>-Reset</c>; over it, 429), the API key (Seller API v2: <c>Authorization: Key &lt;key&gt;</c>; Marketplace API v1:
/// <c>X-API-Key</c>), compared in constant time (403 <c>{message}</c> otherwise [guess: the status is not recorded]), and refused
/// requests answered as Takealot's <c>{message}</c>.
/// </summary>
public sealed class TakealotGate(TakealotKeys keys, FixedWindowLimiter limiter)
{
    /// <summary>Whether a path is one of the API's (not the simulator's own <c>/_sim</c> routes).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/v2") || path.StartsWithSegments("/v1");

    /// <summary>The middleware.</summary>
    public async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (!IsApi(http.Request.Path)) { await next(); return; }
        var decision = limiter.TryAcquire();
        http.Response.Headers["x-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["x-RateLimit-Remaining"] = Math.Max(0, decision.Remaining).ToString(CultureInfo.InvariantCulture);
        // [guess] seconds until the window resets; Takealot types it a string and publishes no format.
        http.Response.Headers["x-RateLimit-Reset"] = Math.Ceiling(decision.ResetIn.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed) { await Refuse(http, 429, "Rate limit exceeded. Please slow down your requests."); return; }
        if (keys.Blocked) { await Refuse(http, 403, "This API key has been blocked for excessive requests. Contact Seller Support."); return; }
        var v1 = http.Request.Path.StartsWithSegments("/v1");
        var header = v1 ? http.Request.Headers["X-API-Key"].ToString() : http.Request.Headers.Authorization.ToString();
        var given = v1 ? header : header.StartsWith("Key ", StringComparison.Ordinal) ? header[4..] : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(keys.Current)))
        {
            await Refuse(http, 403, v1 ? "Invalid or missing X-API-Key." : "Invalid API key. Send 'Authorization: Key <api-key>'.");
            return;
        }
        try
        {
            await next();
        }
        catch (TakealotRequestException e) when (!http.Response.HasStarted)
        {
            await Refuse(http, e.Status, e.Message);
        }
    }

    private static Task Refuse(HttpContext http, int status, string message) =>
        Results.Json(new { message }, statusCode: status).ExecuteAsync(http);
}
