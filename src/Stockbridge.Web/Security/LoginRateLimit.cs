using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Stockbridge.Web.Security;

/// <summary>The login form's rate limit: a fixed window per remote address.</summary>
public static class LoginRateLimit
{
    /// <summary>The rate limiter policy name.</summary>
    public const string Policy = "stockbridge.login";

    /// <summary>Adds the policy: <paramref name="permits"/> attempts per address per minute, then 429.</summary>
    public static void Add(RateLimiterOptions options, int permits)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }
}
