using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Acme.Simulator.Wire;

/// <summary>The API's door: a bearer token compared in constant time (401 otherwise), and refused requests as JSON errors.</summary>
public sealed class AcmeApiFilter(string token) : IEndpointFilter
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(header[7..]) : [];
        if (!CryptographicOperations.FixedTimeEquals(given, _token))
            return Results.Json(new { error = "invalid API token" }, statusCode: StatusCodes.Status401Unauthorized);
        try
        {
            return await next(context);
        }
        catch (AcmeRequestException e)
        {
            return Results.Json(new { error = e.Message }, statusCode: e.Status);
        }
    }
}
