using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Web.DependencyInjection;

/// <summary>The hub's middleware, in order; call before <c>MapStockbridge</c>.</summary>
public static class WebApplicationBuilderExtensions
{
    /// <summary>
    /// Problem details for API errors with no body (404 of an unknown route, 405 ...), rate limiting, authentication,
    /// authorization and antiforgery.
    /// </summary>
    public static IApplicationBuilder UseStockbridgeWeb(this IApplicationBuilder app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase),
            api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
