using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.Acme.Simulator.State;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Acme.Simulator;

/// <summary>A running Acme fulfilment simulator: the warehouse, and what it holds.</summary>
public sealed class AcmeSimulator(WebApplication app, Uri baseUrl, AcmeState state, string token) : IFulfillmentSimulator
{
    /// <inheritdoc />
    public Uri BaseUrl { get; } = baseUrl;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner => [new("API URL", BaseUrl.ToString()), new("API token", token)];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string> { ["base_url"] = BaseUrl.ToString(), ["api_token"] = token };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings => new Dictionary<string, string> { ["api_token"] = "acme_not_the_token" };

    /// <summary>The simulated system's state.</summary>
    public AcmeState State { get; } = state;

    /// <inheritdoc />
    public Task<ShipmentState?> ReadShipmentAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult(State.Read(s => s.Shipments.Find(x => x.Reference == channelOrderCode) is { } x
            ? new ShipmentState(x.Id, x.Status, x.TrackingNumber, x.Lines.Count)
            : null));

    /// <inheritdoc />
    public Task ShipAsync(string channelOrderCode, string trackingNumber, CancellationToken cancellationToken)
    {
        State.Read(s =>
        {
            var shipment = s.Shipments.Find(x => x.Reference == channelOrderCode) ?? throw new InvalidOperationException($"no shipment for '{channelOrderCode}'");
            (shipment.Status, shipment.TrackingNumber) = ("shipped", trackingNumber);
            return shipment;
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
