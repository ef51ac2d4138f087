using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Stockbridge.Web.Api;

/// <summary>Turns an unexpected error in an API endpoint into a 500 problem details (logged by type, without request data).</summary>
internal sealed class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, context.HttpContext.Request.Path, e.GetType().Name);
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Unexpected error",
                detail: "The request failed on the server; nothing was changed by it unless stated otherwise. See the hub's log.");
        }
    }
}
