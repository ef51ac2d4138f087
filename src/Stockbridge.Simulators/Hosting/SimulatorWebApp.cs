using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Stockbridge.Simulators.Hosting;

/// <summary>
/// The web host every simulator runs in: a slim ASP.NET Core app without logging that listens on 127.0.0.1 only, on a
/// fixed port or (port 0) a free one, and tells its base URL once started.
/// </summary>
public static class SimulatorWebApp
{
    /// <summary>A builder listening on 127.0.0.1:<paramref name="port"/> (0: a free port); <paramref name="kestrel"/> adds limits.</summary>
    public static WebApplicationBuilder CreateBuilder(int port, Action<KestrelServerOptions>? kestrel = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            kestrel?.Invoke(k);
            k.Listen(IPAddress.Loopback, port);
        });
        return builder;
    }

    /// <summary>Starts the app and returns the URL it listens on, e.g. <c>http://127.0.0.1:5123/</c> (always a trailing slash).</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(cancellationToken);
        return BoundAddress(app);
    }

    /// <summary>The URL a started app listens on, with 127.0.0.1 for a wildcard host.</summary>
    public static Uri BoundAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The simulator is not listening; start it first.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
