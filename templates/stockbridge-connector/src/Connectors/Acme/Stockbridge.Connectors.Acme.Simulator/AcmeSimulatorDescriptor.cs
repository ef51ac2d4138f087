using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>Starts the Acme simulator: <c>stockbridge simulate acme</c>, the demo and the compliance tests.</summary>
public sealed class AcmeSimulatorDescriptor : ISimulatorDescriptor
{
    /// <inheritdoc />
    public string Key => "acme";

    /// <inheritdoc />
    public string Summary => "Acme's API with seeded data (a placeholder wire protocol until the vendor's own is written).";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "The port on 127.0.0.1 (0: a free one)."),
        new("--token", "TOKEN", "The API token it accepts (default: a new random one)."),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var port = start.Port;
        var token = "acme_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        for (var i = 0; i < start.Arguments.Count; i += 2)
        {
            var value = i + 1 < start.Arguments.Count ? start.Arguments[i + 1] : throw new ArgumentException($"{start.Arguments[i]} needs a value");
            switch (start.Arguments[i])
            {
                case "--port": port = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--token": token = value; break;
                default: throw new ArgumentException($"unknown flag {start.Arguments[i]}");
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        var state = new AcmeState(TimeProvider.System);
        AcmeEndpoints.Seed(state);
        var app = builder.Build();
        AcmeEndpoints.Map(app, state, token);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AcmeSimulator(app, new Uri(address.TrimEnd('/') + "/"), state, token);
    }
}
