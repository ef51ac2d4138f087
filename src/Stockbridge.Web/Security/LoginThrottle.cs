using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Stockbridge.Web.Security;

/// <summary>
/// The login form's rate limit: a fixed window per remote address (ASP.NET Core's <see cref="PartitionedRateLimiter"/>).
/// Applied inside the login endpoint so it holds whatever middleware the host sets up.
/// </summary>
public sealed class LoginThrottle(IOptions<StockbridgeWebOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Whether another attempt from this address is allowed now.</summary>
    public bool TryAcquire(string? address)
    {
        using var lease = limiter.AttemptAcquire(address ?? "unknown");
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();
}
