using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Stockbridge.Web.Console.Pages;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Console;

/// <summary>Maps the server-rendered console under <c>/console</c> (cookie sign-in, antiforgery on every form).</summary>
public static class ConsoleEndpointRouteBuilderExtensions
{
    /// <summary>Maps the console's pages and form posts.</summary>
    public static IEndpointRouteBuilder MapStockbridgeConsole(this IEndpointRouteBuilder endpoints)
    {
        var console = endpoints.MapGroup("/console").ExcludeFromDescription().DisableAntiforgery().AddEndpointFilter<AntiforgeryFilter>();
        LoginPages.Map(console);
        var signedIn = console.MapGroup("").RequireAuthorization(AuthPolicies.ConsoleRead);
        DashboardPage.Map(signedIn);
        ConnectionPages.Map(signedIn);
        RecordPages.Map(signedIn);
        OrderPages.Map(signedIn);
        JobPages.Map(signedIn);
        DriftPage.Map(signedIn);
        UserPages.Map(signedIn);
        endpoints.MapGet("/", () => Results.Redirect("/console")).ExcludeFromDescription();
        return endpoints;
    }
}
