namespace Stockbridge.Simulators.RateLimits;

/// <summary>What a limiter decided for one call: whether it may go ahead, what is left, and when the limit resets.</summary>
/// <param name="Allowed">The call may go ahead.</param>
/// <param name="Limit">Calls allowed per window (for an <c>X-RateLimit-Limit</c> style header).</param>
/// <param name="Remaining">Calls left in this window.</param>
/// <param name="ResetIn">How long until the window resets (for a <c>Retry-After</c>).</param>
public sealed record RateLimitDecision(bool Allowed, int Limit, int Remaining, TimeSpan ResetIn);
