using Microsoft.AspNetCore.Http;

namespace Stockbridge.Simulators.Faults;

/// <summary>Applies a matched fault to an HTTP call, in a simulator's own handler (or through <see cref="FaultMiddleware"/>).</summary>
public static class FaultResponses
{
    /// <summary>
    /// The part of the fault that comes before the work: latency, a server error, a dropped connection, a throttled
    /// answer. True when the call is finished (no work to do). Other kinds are left to the caller.
    /// </summary>
    public static async Task<bool> BeforeAsync(HttpContext http, FaultRule? fault, FaultReplies? replies = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        replies ??= FaultReplies.Default;
        switch (fault?.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), time ?? TimeProvider.System, http.RequestAborted);
                return false;
            case FaultKind.ServerError:
                http.Response.StatusCode = fault.Status ?? replies.ServerErrorStatus;
                if (replies.ServerErrorContentType is { } errorType) http.Response.ContentType = errorType;
                await http.Response.WriteAsync(fault.Body ?? replies.ServerErrorBody, http.RequestAborted);
                return true;
            case FaultKind.DropConnection:
                http.Abort();
                return true;
            case FaultKind.Throttle:
                await ThrottledAsync(http, fault, replies);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// For a timeout after commit, called once the work is committed: hangs <see cref="FaultRule.HangMs"/>, then drops
    /// the connection without a reply, so the client times out not knowing the work was done. True when it did.
    /// </summary>
    public static async Task<bool> AfterCommitAsync(HttpContext http, FaultRule? fault, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (fault?.Kind != FaultKind.TimeoutAfterCommit) return false;
        if (fault.HangMs > 0)
        {
            try { await Task.Delay(TimeSpan.FromMilliseconds(fault.HangMs), time ?? TimeProvider.System, http.RequestAborted); }
            catch (OperationCanceledException) { /* the client gave up first, as intended */ }
        }
        http.Abort();
        return true;
    }

    private static async Task ThrottledAsync(HttpContext http, FaultRule fault, FaultReplies replies)
    {
        if (replies.WriteThrottled is { } write)
        {
            await write(http, fault);
            return;
        }
        http.Response.StatusCode = fault.Status ?? replies.ThrottleStatus;
        foreach (var (name, value) in replies.ThrottleHeaders) http.Response.Headers[name] = value;
        if (replies.ThrottleContentType is { } type) http.Response.ContentType = type;
        await http.Response.WriteAsync(fault.Body ?? replies.ThrottleBody, http.RequestAborted);
    }
}
