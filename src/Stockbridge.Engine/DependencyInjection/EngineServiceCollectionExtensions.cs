using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Stockbridge.Connectors;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.Errors;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Engine.Jobs;
using Stockbridge.Engine.RateLimiting;
using Stockbridge.Engine.Webhooks;
using Stockbridge.Engine.Workers;

namespace Stockbridge.Engine.DependencyInjection;

/// <summary>Registers the job engine.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the job engine (hosted <see cref="JobEngine"/>, <see cref="JobWorker"/>, retry policy, connector registry,
    /// the <c>webhook.process</c> handler and the default <see cref="OrderRecordSink"/>). Options bind from
    /// <c>Stockbridge:Engine</c>, then <paramref name="configure"/> runs. The host registers an <c>IStore</c> and a
    /// <c>TimeProvider</c> (<see cref="TimeProvider.System"/> if none).
    /// </summary>
    public static IServiceCollection AddStockbridgeEngine(this IServiceCollection services, Action<JobEngineOptions>? configure = null)
    {
        var options = services.AddOptions<JobEngineOptions>().BindConfiguration(JobEngineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        AddHostAccess(services);
        services.TryAddSingleton<ErrorClassifier>();
        services.TryAddSingleton<FailurePolicy>();
        services.TryAddSingleton<ConnectionRateLimiter>();
        services.TryAddSingleton<JobHandlerRegistry>();
        services.TryAddSingleton<JobWakeSignal>();
        services.TryAddSingleton<JobWorker>();
        services.TryAddSingleton<ConnectorRegistry>();
        services.TryAddSingleton<IWebhookEventSink, OrderRecordSink>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, WebhookProcessHandler>());
        services.AddHostedService<JobEngine>();
        return services;
    }

    /// <summary>
    /// The operator's allow-list (<see cref="HostAccessOptions"/>, bound from <c>Stockbridge:Hosting</c>; empty allows
    /// nothing local) and every HttpClient the factory makes connecting only through <see cref="GuardedConnect"/>.
    /// </summary>
    private static void AddHostAccess(IServiceCollection services)
    {
        // Bound when the host has configuration; a host without (a CLI query) gets the empty allow-list, which allows nothing.
        services.AddOptions<HostAccessOptions>().Configure<IServiceProvider>((options, provider) =>
            provider.GetService<IConfiguration>()?.GetSection(HostAccessOptions.Section).Bind(options));
        services.TryAddSingleton(sp => HostAccessPolicy.From(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostAccessOptions>>().Value));
        services.TryAddSingleton<GuardedConnect>();
        services.AddHttpClient();
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(sp => sp.GetRequiredService<GuardedConnect>().CreateHandler()));
    }

    /// <summary>Adds a job handler (one per kind).</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IJobHandler, THandler>());
        return services;
    }

    /// <summary>Adds a connector factory (one per manifest key).</summary>
    public static IServiceCollection AddConnector<TFactory>(this IServiceCollection services)
        where TFactory : class, IConnectorFactory
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorFactory, TFactory>());
        return services;
    }
}
