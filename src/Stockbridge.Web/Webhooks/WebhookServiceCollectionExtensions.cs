using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Stockbridge.Web.Webhooks;

/// <summary>Registers the webhook intake on its own (a webhook-only node, or tests); <c>AddStockbridgeWeb</c> includes it.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds the webhook intake (options from <c>Stockbridge:Webhooks</c>, then <paramref name="configure"/>) and its
    /// group-commit inbox writer. Needs <c>AddStockbridgeEngine</c> (connector registry, wake signal) and an <c>IStore</c>.
    /// Safe to call more than once: the first call's registrations stay, later <paramref name="configure"/> calls add up.
    /// </summary>
    public static IServiceCollection AddWebhookIntake(this IServiceCollection services, Action<WebhookIntakeOptions>? configure = null)
    {
        var options = services.AddOptions<WebhookIntakeOptions>().BindConfiguration(WebhookIntakeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        if (services.Any(s => s.ServiceType == typeof(InboxWriter))) return services;
        services.AddSingleton<WebhookTargetCache>();
        services.AddSingleton<InboxWriter>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InboxWriter>());
        services.AddSingleton<RejectedWebhookLog>();
        services.AddSingleton<WebhookIntake>();
        return services;
    }
}
