using Microsoft.Extensions.DependencyInjection;

namespace Stockbridge.Cli;

/// <summary>The services every hub process started by this command gets beyond the core (the sync pipeline).</summary>
internal static class HubServices
{
    public static void Add(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
    }
}
