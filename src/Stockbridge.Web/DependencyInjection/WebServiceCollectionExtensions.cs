using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Web.DependencyInjection;

/// <summary>Registers the web side of the hub.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook intake (<see cref="WebhookServiceCollectionExtensions.AddWebhookIntake"/>: options from
    /// <c>Stockbridge:Webhooks</c>, then <paramref name="configure"/>, and its group-commit inbox writer), the REST API,
    /// the console and their security. Needs <c>AddStockbridgeEngine</c> and an <c>IStore</c>.
    /// </summary>
    public static IServiceCollection AddStockbridgeWeb(this IServiceCollection services, Action<WebhookIntakeOptions>? configure = null)
    {
        services.AddWebhookIntake(configure);
        services.AddStockbridgeApiAndConsole();
        return services;
    }
}
