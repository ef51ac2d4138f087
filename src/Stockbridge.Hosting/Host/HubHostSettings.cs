using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors;
using Stockbridge.Hosting.Configuration;

namespace Stockbridge.Hosting.Host;

/// <summary>What the hub process is built from.</summary>
public sealed record HubHostSettings
{
    /// <summary>The loaded, valid config file.</summary>
    public required LoadedConfig Config { get; init; }
    /// <summary>The connectors this build knows.</summary>
    public required IReadOnlyCollection<IConnectorFactory> Connectors { get; init; }
    /// <summary>The operator key that seals the key ring; null reads it from the config's key file or the environment.</summary>
    public Stockbridge.Storage.Security.OperatorKeys? MasterKeys { get; init; }
    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
    /// <summary>Listen here instead of the config file's URL (tests and the demo pick a free port).</summary>
    public string? ListenOverride { get; init; }
    /// <summary>Sync pipeline options (schedules, batch sizes).</summary>
    public Action<Stockbridge.Sync.SyncOptions>? ConfigureSync { get; init; }
    /// <summary>Logging set-up (the demo keeps the console for its progress display).</summary>
    public Action<Microsoft.Extensions.Logging.ILoggingBuilder>? ConfigureLogging { get; init; }
    /// <summary>Further services (test sinks, ...).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
