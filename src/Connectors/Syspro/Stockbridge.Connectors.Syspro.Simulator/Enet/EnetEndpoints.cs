using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Stockbridge.Connectors.Syspro.Simulator.Enet;

/// <summary>
/// e.net as the SYSPRO 8 load balancer serves it. REST: every call a GET under /SYSPROWCFService/Rest with its parameters
/// in the query string (names case-insensitive); any other method gets 405, as on 8.212. SOAP (BasicHttp): POST to
/// /SYSPROWCFService, for documents too long for a URL (<see cref="SoapEndpoint"/>).
/// </summary>
internal static class EnetEndpoints
{
    public const string Prefix = "/SYSPROWCFService/Rest";

    public static IEndpointRouteBuilder MapEnet(this IEndpointRouteBuilder app)
    {
        var rest = app.MapGroup(Prefix);
        rest.MapGet("/Logon", LogonEndpoints.LogonAsync);
        rest.MapGet("/Logoff", LogonEndpoints.LogoffAsync);
        rest.MapGet("/GetVersion", LogonEndpoints.GetVersionAsync);
        rest.MapGet("/GetLogonProfile", LogonEndpoints.GetLogonProfileAsync);
        rest.MapGet("/Query/Query", QueryEndpoint.HandleAsync);
        rest.MapGet("/Transaction/Post", PostEndpoint.HandleAsync);
        rest.MapMethods("/{**path}", [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch],
            () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        app.MapPost(SoapEndpoint.Path, SoapEndpoint.HandleAsync);
        return app;
    }
}
