using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Stockbridge.Web.Console;

/// <summary>Every console POST must carry a valid antiforgery token (cookie + form field); otherwise 400 and nothing happens.</summary>
internal sealed class AntiforgeryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Form expired or forged",
                    detail: "The form's antiforgery token is missing or invalid. Reload the page and try again.");
            }
        }
        return await next(context);
    }
}
