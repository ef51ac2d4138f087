using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stockbridge.Storage;
using Stockbridge.Storage.Access;

namespace Stockbridge.Web.Security;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c>: the token's SHA-256 is looked up in the store; a revoked or unknown token
/// fails. A challenge answers 401 with problem details and a <c>WWW-Authenticate: Bearer</c> header.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IStore store, IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var presented = header[BearerPrefix.Length..].Trim();
        if (presented.Length is 0 or > 256) return AuthenticateResult.Fail("Malformed token.");

        var token = await store.Access.FindTokenByHashAsync(ApiTokenSecrets.Hash(presented), Context.RequestAborted);
        if (token is not { Active: true }) return AuthenticateResult.Fail("Unknown or revoked token.");

        var identity = new ClaimsIdentity(
            [
                new Claim(StockbridgeClaims.ClientId, token.ClientId),
                new Claim(StockbridgeClaims.Subject, token.Id),
                new Claim(StockbridgeClaims.Role, AccessRoles.Operator),
            ], Scheme.Name, StockbridgeClaims.Subject, StockbridgeClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Authentication required",
                Detail = "Send a valid API token as 'Authorization: Bearer <token>'.",
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = StatusCodes.Status403Forbidden, Title = "Forbidden" },
        });
    }
}
