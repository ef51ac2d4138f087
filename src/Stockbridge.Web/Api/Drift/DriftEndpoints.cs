using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Sync.Queries;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Drift;

/// <summary><c>/api/v1/drift</c>: per channel connection, what the last reconcile sweep found and how much of it was healed.</summary>
internal static class DriftEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/drift", async (ClaimsPrincipal user, HttpContext context) =>
        {
            var query = context.RequestServices.GetService<DriftReportQuery>();
            if (query is null) return Unavailable();
            return Results.Ok(await query.ForClientAsync(user.ClientId(), context.RequestAborted));
        }).WithTags("Drift").WithName("GetDriftReport").Produces<IReadOnlyList<DriftReport>>().ProducesProblem(StatusCodes.Status501NotImplemented);

    /// <summary>The answer when this host runs without the sync pipeline (it owns reconciling).</summary>
    public static IResult Unavailable() => Results.Problem(statusCode: StatusCodes.Status501NotImplemented, title: "No drift report here",
        detail: "This hub runs without the sync pipeline, which does the reconcile sweeps the report is made from.");
}
