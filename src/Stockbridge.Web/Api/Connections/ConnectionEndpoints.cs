using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Connections;

/// <summary><c>/api/v1/connections</c>: list, get (secrets masked), create, update, test, sync now.</summary>
internal static class ConnectionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/connections").WithTags("Connections");
        group.MapGet("/", async (ClaimsPrincipal user, IStore store, CancellationToken ct) =>
            TypedResults.Ok<IReadOnlyList<ConnectionView>>([.. (await store.Connections.ListAsync(user.ClientId(), ct)).Select(ConnectionView.From)]))
            .WithName("ListConnections");

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
            await store.Connections.GetAsync(user.ClientId(), id, ct) is { } c ? Results.Ok(ConnectionView.From(c)) : ApiProblems.NotFound("Connection", id))
            .WithName("GetConnection").Produces<ConnectionView>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (ConnectionInput input, ClaimsPrincipal user, ConnectionSaver saver, CancellationToken ct) =>
        {
            var (saved, errors) = await saver.SaveAsync(user.ClientId(), input, null, ct);
            return saved is null ? ApiProblems.Invalid(errors) : Results.Created($"/api/v1/connections/{saved.Id}", ConnectionView.From(saved));
        }).WithName("CreateConnection").Produces<ConnectionView>(StatusCodes.Status201Created).ProducesValidationProblem();

        group.MapPut("/{id}", async (string id, ConnectionInput input, ClaimsPrincipal user, IStore store, ConnectionSaver saver, CancellationToken ct) =>
        {
            var existing = await store.Connections.GetAsync(user.ClientId(), id, ct);
            if (existing is null) return ApiProblems.NotFound("Connection", id);
            var (saved, errors) = await saver.SaveAsync(user.ClientId(), input, existing, ct);
            return saved is null ? ApiProblems.Invalid(errors) : Results.Ok(ConnectionView.From(saved));
        }).WithName("UpdateConnection").Produces<ConnectionView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/test", async (string id, ClaimsPrincipal user, IStore store, ConnectionTester tester, CancellationToken ct) =>
        {
            var connection = await store.Connections.GetAsync(user.ClientId(), id, ct);
            if (connection is null) return ApiProblems.NotFound("Connection", id);
            var result = await tester.TestAsync(connection, ct);
            return Results.Ok(new ConnectionTestView(result.Ok, result.Checks));
        }).WithName("TestConnection").Produces<ConnectionTestView>().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/sync", async (string id, ClaimsPrincipal user, IStore store, SyncNow sync, CancellationToken ct) =>
        {
            var connection = await store.Connections.GetAsync(user.ClientId(), id, ct);
            if (connection is null) return ApiProblems.NotFound("Connection", id);
            if (!sync.CanPull(connection)) return ApiProblems.Invalid("id", $"Connection '{id}' is not a source; only sources can be pulled.");
            var jobId = await sync.EnqueueAsync(connection, ct);
            return Results.Accepted($"/api/v1/jobs/{jobId}", new SyncStartedView(jobId, SyncNow.JobKind));
        }).WithName("SyncConnectionNow").Produces<SyncStartedView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
