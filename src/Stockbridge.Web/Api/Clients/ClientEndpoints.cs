using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api.Clients;

/// <summary><c>/api/v1/clients</c>: a token sees its own client only.</summary>
internal static class ClientEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/clients").WithTags("Clients");
        group.MapGet("/", async (ClaimsPrincipal user, IStore store, CancellationToken ct) =>
        {
            var client = await store.Clients.GetAsync(user.ClientId(), ct);
            return TypedResults.Ok<IReadOnlyList<ClientView>>(client is null ? [] : [new ClientView(client.Id, client.Name, client.CreatedAt)]);
        }).WithName("ListClients");
        group.MapGet("/{clientId}", async (string clientId, ClaimsPrincipal user, IStore store, CancellationToken ct) =>
        {
            var client = clientId == user.ClientId() ? await store.Clients.GetAsync(clientId, ct) : null;
            return client is null ? ApiProblems.NotFound("Client", clientId) : Results.Ok(new ClientView(client.Id, client.Name, client.CreatedAt));
        }).WithName("GetClient").Produces<ClientView>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
