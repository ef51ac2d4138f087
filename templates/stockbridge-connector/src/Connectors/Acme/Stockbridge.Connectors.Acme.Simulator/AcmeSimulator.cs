using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>A running Acme simulator: where it listens, how a connection reaches it, its faults and its state.</summary>
public sealed partial class AcmeSimulator(WebApplication app, Uri baseUrl, AcmeState state, string token) : IRunningSimulator
{
    /// <inheritdoc />
    public Uri BaseUrl { get; } = baseUrl;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner => [new("API URL", BaseUrl.ToString()), new("API token", token), new("faults", BaseUrl + "admin/faults")];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string> { ["base_url"] = BaseUrl.ToString(), ["api_token"] = token };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => new Dictionary<string, string> { ["api_token"] = "acme_not_the_token" };

    /// <summary>Faults on demand (also at <c>/admin/faults</c>): latency, 5xx, timeout after commit, malformed answers.</summary>
    public Stockbridge.Simulators.Faults.FaultInjector Faults { get; init; } = new();

    /// <summary>The simulated system's state.</summary>
    public AcmeState State { get; } = state;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
