using Microsoft.AspNetCore.Http;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>Applies an injected fault around an e.net call: the kit's HTTP effects, plus the session eviction SYSPRO has.</summary>
internal static class FaultGate
{
    /// <summary>Applies the part of the fault that comes before the work; true when the call is finished (no work to do).</summary>
    public static async Task<bool> BeforeAsync(HttpContext http, FaultRule? fault, SessionRegistry sessions, string? userId)
    {
        if (fault?.Kind != FaultKind.EvictSession) return await FaultResponses.BeforeAsync(http, fault);
        var op = sessions.OperatorOf(userId);
        if (op is not null) sessions.Evict(op);
        return false;
    }

    /// <summary>For a timeout after commit: the work is committed; hang, then drop the connection without a reply. True when it did.</summary>
    public static Task<bool> AfterCommitAsync(HttpContext http, FaultRule? fault) => FaultResponses.AfterCommitAsync(http, fault);

    /// <summary>The reply to a call whose UserId is not (or no longer) logged on.</summary>
    public static string NotLoggedOn(string? userId) =>
        $"ERROR: Invalid UserId '{userId?.Trim()}' - the session is not logged on or was ended by another logon of this operator";
}
