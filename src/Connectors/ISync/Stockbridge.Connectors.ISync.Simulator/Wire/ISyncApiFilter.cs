using Microsoft.AspNetCore.Http;
using Stockbridge.Connectors.ISync.Simulator.State;

namespace Stockbridge.Connectors.ISync.Simulator.Wire;

/// <summary>
/// The API's door: every call but login needs <c>Authorization: Bearer {Token}</c> of a live session (401 InvalidToken or
/// TokenExpired otherwise), and every refusal is answered in the contract's error shape.
/// </summary>
public sealed class ISyncApiFilter(ISyncCompany company, bool requireToken) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            if (requireToken) company.Authenticate(BearerToken(context.HttpContext));
            return await next(context);
        }
        catch (ISyncRequestException e)
        {
            return ISyncWireJson.Error(e.Status, e.Code, e.Message, e.OrderNumber);
        }
    }

    /// <summary>The bearer token of a call, or null.</summary>
    public static string? BearerToken(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }
}
