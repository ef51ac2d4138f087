using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Stockbridge.Web.Api.Connections;
using Stockbridge.Web.Operations;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.DependencyInjection;

/// <summary>Registers the REST API, the console and their security.</summary>
public static class ApiConsoleServiceCollectionExtensions
{
    /// <summary>Problem details, snake_case JSON, OpenAPI, authentication, antiforgery, the login rate limit and the shared operations.</summary>
    public static IServiceCollection AddStockbridgeApiAndConsole(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddOpenApi();
        services.AddStockbridgeSecurity();
        services.TryAddSingleton<ConnectionSaver>();
        services.TryAddSingleton<ConnectionTester>();
        services.TryAddSingleton<SyncNow>();
        services.TryAddSingleton<Console.Dashboard.DashboardStats>();
        return services;
    }
}
