using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Web.Api.Paging;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Records;

/// <summary><c>/api/v1/products</c> and <c>/api/v1/customers</c>: keyset-paged lists and each record with its history.</summary>
internal static class RecordEndpoints
{
    public static void Map(IEndpointRouteBuilder api, string path, string entity, string tag)
    {
        var group = api.MapGroup(path).WithTags(tag);
        group.MapGet("/", async (string? limit, string? after, ClaimsPrincipal user, IStore store, HttpRequest request, CancellationToken ct) =>
        {
            var (take, badLimit) = LimitParameter.Read(limit);
            if (badLimit is not null) return badLimit;
            var rows = await store.Records.ListAsync(user.ClientId(), entity, after, take, ct);
            return Results.Ok(NextLink.Page<RecordView>(request, [.. rows.Select(RecordView.From)], take, r => r.Key));
        }).WithName($"List{tag}").Produces<Paged<RecordView>>().ProducesValidationProblem();

        group.MapGet("/{key}", async (string key, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
            await RecordHistory.LoadAsync(store, user.ClientId(), entity, key, ct) is { } loaded
                ? Results.Ok(RecordHistory.ToView(loaded))
                : ApiProblems.NotFound(tag.TrimEnd('s'), key))
            .WithName($"Get{tag.TrimEnd('s')}").Produces<RecordHistoryView>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
