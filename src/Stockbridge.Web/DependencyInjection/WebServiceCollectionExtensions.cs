using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Stockbridge.Web.Webhooks;

namespace Stockbridge.Web.DependencyInjection;

/// <summary>Registers the web side of the hub.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook intake, the REST API, the console and their security (options from <c>Stockbridge:Webhooks</c>, then <paramref name="configure"/>) and its
    /// group-commit inbox writer. Needs <c>AddStockbridgeEngine</c> and an <c>IStore</c>.
    /// </summary>
    public static IServiceCollection AddStockbridgeWeb(this IServiceCollection services, Action<WebhookIntakeOptions>? configure = null)
    {
        var options = services.AddOptions<WebhookIntakeOptions>().BindConfiguration(WebhookIntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton<WebhookTargetCache>();
        services.TryAddSingleton<InboxWriter>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InboxWriter>());
        services.TryAddSingleton<WebhookIntake>();
        services.AddStockbridgeApiAndConsole();
        return services;
    }
}
