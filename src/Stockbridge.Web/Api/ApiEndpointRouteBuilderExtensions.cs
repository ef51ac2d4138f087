using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Storage.Records;
using Stockbridge.Web.Api.Clients;
using Stockbridge.Web.Api.Connections;
using Stockbridge.Web.Api.Jobs;
using Stockbridge.Web.Api.Orders;
using Stockbridge.Web.Api.Records;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Api;

/// <summary>Maps the REST API under <c>/api/v1</c> (bearer API tokens, one client per token) and its OpenAPI document.</summary>
public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>/api/v1/*</c> and <c>/openapi/v1.json</c>.</summary>
    public static IEndpointRouteBuilder MapStockbridgeApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization(AuthPolicies.Api).DisableAntiforgery().AddEndpointFilter<ApiExceptionFilter>();
        ClientEndpoints.Map(api);
        ConnectionEndpoints.Map(api);
        RecordEndpoints.Map(api, "/products", RecordEntity.Product, "Products");
        RecordEndpoints.Map(api, "/customers", RecordEntity.Customer, "Customers");
        OrderEndpoints.Map(api);
        JobEndpoints.Map(api);
        Drift.DriftEndpoints.Map(api);
        api.MapFallback(ApiFallback.Answer).ExcludeFromDescription();
        endpoints.MapOpenApi();
        return endpoints;
    }
}
