using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.Magento1.Simulator.State;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento1.Simulator.Soap;

/// <summary>
/// The kit's <see cref="FaultKind.EvictSession"/> for Magento: a matching call ends every API session first (the Client
/// Session Timeout passing, or an admin flushing sessions), so the call itself gets fault 5 "Session expired. Try to relogin.".
/// </summary>
public sealed class SessionEviction(RequestDelegate next, FaultInjector faults, MagentoStore store)
{
    /// <summary>Ends the sessions when an eviction fault matches, then passes the call on.</summary>
    public Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (SoapOperation.Name(http) is { } operation && operation != "login" && faults.Match(operation, FaultKind.EvictSession) is not null)
            store.ExpireSessions();
        return next(http);
    }
}
