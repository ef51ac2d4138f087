using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Stockbridge.Web.Api;

/// <summary>
/// What the API answers when no endpoint took the request. Routing passes over an endpoint whose body must be JSON when
/// the request's body is not, and the fallback then catches it: that is a 415 (the resource exists, the body's type is
/// wrong), not a 404.
/// </summary>
internal static class ApiFallback
{
    public static IResult Answer(HttpContext context, EndpointDataSource endpoints)
    {
        var request = context.Request;
        if (request.ContentType is { } type && !IsJson(type) && TakesJsonBody(endpoints, request))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"This endpoint takes a JSON body (Content-Type: application/json), not '{type}'; nothing was changed.");
        }
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API resource");
    }

    private static bool IsJson(string contentType) =>
        contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || (contentType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    // An endpoint for this method and path that reads a body, i.e. the one routing would have chosen for a JSON body.
    private static bool TakesJsonBody(EndpointDataSource endpoints, HttpRequest request) =>
        endpoints.Endpoints.OfType<RouteEndpoint>().Any(endpoint =>
            endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase) == true
            && new TemplateMatcher(new RouteTemplate(endpoint.RoutePattern), new RouteValueDictionary()).TryMatch(request.Path, new RouteValueDictionary()));
}
