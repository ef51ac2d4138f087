using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Api.Paging;
using Stockbridge.Web.Api.Records;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Orders;

/// <summary><c>/api/v1/orders</c>: keyset-paged list with state and ERP order number; each order with its history.</summary>
internal static class OrderEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/orders").WithTags("Orders");
        group.MapGet("/", async (string? limit, string? after, ClaimsPrincipal user, IStore store, HttpRequest request, CancellationToken ct) =>
        {
            var (take, badLimit) = LimitParameter.Read(limit);
            if (badLimit is not null) return badLimit;
            var rows = await store.Records.ListAsync(user.ClientId(), RecordEntity.Order, after, take, ct);
            return Results.Ok(NextLink.Page<OrderView>(request, [.. rows.Select(r => OrderView.From(OrderFacts.From(r)))], take, o => o.Key));
        }).WithName("ListOrders").Produces<Paged<OrderView>>().ProducesValidationProblem();

        group.MapGet("/{key}", async (string key, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
            await RecordHistory.LoadAsync(store, user.ClientId(), RecordEntity.Order, key, ct) is { } loaded
                ? Results.Ok(new OrderDetailView(OrderView.From(OrderFacts.From(loaded.Record)), RecordHistory.ToView(loaded)))
                : ApiProblems.NotFound("Order", key))
            .WithName("GetOrder").Produces<OrderDetailView>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
