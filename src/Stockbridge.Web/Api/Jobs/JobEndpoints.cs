using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Storage.Jobs;
using Stockbridge.Web.Api.Paging;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Jobs;

/// <summary><c>/api/v1/jobs</c>: newest first, filtered by state, kind and connection; get with attempts; retry; replay.</summary>
internal static class JobEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/jobs").WithTags("Jobs");
        group.MapGet("/", async (string? state, string? kind, string? connection, string? limit, string? after,
            ClaimsPrincipal user, IStore store, HttpRequest request, CancellationToken ct) =>
        {
            JobState? wanted = null;
            if (state is not null)
            {
                if (!Enum.TryParse<JobState>(state, ignoreCase: true, out var parsed) || int.TryParse(state, out _))
                    return ApiProblems.Invalid("state", "state must be pending, running, succeeded, failed, superseded or parked.");
                wanted = parsed;
            }
            long? before = null;
            if (after is not null)
            {
                if (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return ApiProblems.Invalid("after", "after must be a job id.");
                before = id;
            }
            var (take, badLimit) = LimitParameter.Read(limit);
            if (badLimit is not null) return badLimit;
            var jobs = await store.Jobs.ListAsync(user.ClientId(), new JobQuery(wanted, kind, connection, before, take), ct);
            return Results.Ok(NextLink.Page<JobView>(request, [.. jobs.Select(JobView.From)], take, j => j.Id.ToString(CultureInfo.InvariantCulture)));
        }).WithName("ListJobs").Produces<Paged<JobView>>().ProducesValidationProblem();

        group.MapGet("/{id:long}", async (long id, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
        {
            var job = await store.Jobs.GetAsync(user.ClientId(), id, ct);
            if (job is null) return ApiProblems.NotFound("Job", id.ToString(CultureInfo.InvariantCulture));
            return Results.Ok(JobDetailView.From(job, await store.Jobs.AttemptsAsync(user.ClientId(), id, ct)));
        }).WithName("GetJob").Produces<JobDetailView>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/retry", (long id, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
            Act(id, user, store, (s, c, j, t) => s.Jobs.RetryNowAsync(c, j, t), "only a pending job can be retried now", ct))
            .WithName("RetryJob").Produces<JobView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/replay", (long id, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
            Act(id, user, store, (s, c, j, t) => s.Jobs.ReplayAsync(c, j, t), "only a failed or succeeded job can be replayed", ct))
            .WithName("ReplayJob").Produces<JobView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Act(
        long id, ClaimsPrincipal user, IStore store, Func<IStore, string, long, CancellationToken, Task<bool>> action, string refusal, CancellationToken ct)
    {
        var clientId = user.ClientId();
        if (await store.Jobs.GetAsync(clientId, id, ct) is null) return ApiProblems.NotFound("Job", id.ToString(CultureInfo.InvariantCulture));
        if (!await action(store, clientId, id, ct)) return ApiProblems.Conflict("Job not changed", $"Job {id}: {refusal}.");
        return Results.Ok(JobView.From((await store.Jobs.GetAsync(clientId, id, ct))!));
    }
}
