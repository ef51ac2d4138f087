using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Syspro.Simulator.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Applies an injected fault around an e.net call.</summary>
internal static class FaultGate
{
    /// <summary>Applies the part of the fault that comes before the work; true when the call is finished (no work to do).</summary>
    public static async Task<bool> BeforeAsync(HttpContext http, FaultRule? fault, SessionRegistry sessions, string? userId)
    {
        switch (fault?.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(fault.LatencyMs, http.RequestAborted);
                return false;
            case FaultKind.ServerError:
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await http.Response.WriteAsync("Internal Server Error", http.RequestAborted);
                return true;
            case FaultKind.DropConnection:
                http.Abort();
                return true;
            case FaultKind.EvictSession:
                var op = sessions.OperatorOf(userId);
                if (op is not null) sessions.Evict(op);
                return false;
            default:
                return false;
        }
    }

    /// <summary>For a timeout after commit: the work is committed; hang, then drop the connection without a reply. True when it did.</summary>
    public static async Task<bool> AfterCommitAsync(HttpContext http, FaultRule? fault)
    {
        if (fault?.Kind != FaultKind.TimeoutAfterCommit) return false;
        if (fault.HangMs > 0)
        {
            try { await Task.Delay(fault.HangMs, http.RequestAborted); }
            catch (OperationCanceledException) { /* the client gave up first, as intended */ }
        }
        http.Abort();
        return true;
    }

    /// <summary>The reply to a call whose UserId is not (or no longer) logged on.</summary>
    public static string NotLoggedOn(string? userId) =>
        $"ERROR: Invalid UserId '{userId?.Trim()}' - the session is not logged on or was ended by another logon of this operator";
}
