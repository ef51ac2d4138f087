using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Simulators.Seeding;

namespace Stockbridge.Simulators.Faults;

/// <summary>
/// The fault rules over HTTP, under a simulator's admin group: <c>GET {group}/faults</c> (the active rules and how many
/// calls were hit), <c>POST {group}/faults</c> with a <see cref="FaultRule"/> (201 with its id),
/// <c>DELETE {group}/faults</c> (every rule) and <c>DELETE {group}/faults/{id}</c>.
/// </summary>
public static class FaultEndpoints
{
    /// <summary>Maps the four fault endpoints on <paramref name="group"/>.</summary>
    public static IEndpointRouteBuilder MapFaults(this IEndpointRouteBuilder group, FaultInjector faults)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(faults);
        group.MapGet("/faults", () => Results.Ok(new { rules = faults.Rules, injected = faults.Injected }));
        group.MapJsonPost<FaultRule>("/faults", (rule, http) =>
            Task.FromResult(Results.Created(http.Request.Path, new { id = faults.Add(rule) })));
        group.MapDelete("/faults", () => { faults.Clear(); return Results.NoContent(); });
        group.MapDelete("/faults/{id:int}", (int id) => faults.Remove(id) ? Results.NoContent() : Results.NotFound());
        return group;
    }
}
