using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stockbridge.Storage.Access;

namespace Stockbridge.Web.Security;

/// <summary>Authentication (API tokens, console cookie), authorization policies, antiforgery and the login rate limit.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Adds the hub's security services.</summary>
    public static IServiceCollection AddStockbridgeSecurity(this IServiceCollection services)
    {
        services.AddOptions<StockbridgeWebOptions>().BindConfiguration(StockbridgeWebOptions.Section).ValidateDataAnnotations();
        services.AddAuthentication(AuthSchemes.Console)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AuthSchemes.ApiToken, _ => { })
            .AddCookie(AuthSchemes.Console, cookie =>
            {
                cookie.Cookie.Name = "__stockbridge";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/console/login";
                cookie.LogoutPath = "/console/logout";
                cookie.AccessDeniedPath = "/console/denied";
                cookie.SlidingExpiration = true;
            });
        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Console)
            .Configure<IOptions<StockbridgeWebOptions>>((cookie, web) => cookie.ExpireTimeSpan = web.Value.SessionLifetime);
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Api, p => p.AddAuthenticationSchemes(AuthSchemes.ApiToken).RequireClaim(StockbridgeClaims.ClientId))
            .AddPolicy(AuthPolicies.ConsoleRead, p => p.AddAuthenticationSchemes(AuthSchemes.Console).RequireClaim(StockbridgeClaims.ClientId))
            .AddPolicy(AuthPolicies.ConsoleOperate, p => p.AddAuthenticationSchemes(AuthSchemes.Console)
                .RequireClaim(StockbridgeClaims.ClientId).RequireClaim(StockbridgeClaims.Role, AccessRoles.Admin, AccessRoles.Operator))
            .AddPolicy(AuthPolicies.ConsoleAdmin, p => p.AddAuthenticationSchemes(AuthSchemes.Console)
                .RequireClaim(StockbridgeClaims.ClientId).RequireClaim(StockbridgeClaims.Role, AccessRoles.Admin));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "__stockbridge_af";
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__af";
        });
        services.AddSingleton<LoginGuard>();
        return services;
    }
}
