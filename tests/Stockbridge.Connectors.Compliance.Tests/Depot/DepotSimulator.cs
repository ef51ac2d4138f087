using System.Collections.Concurrent;
using System.Globalization;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Compliance.Tests.Depot;

/// <summary>The depot's simulator: its shipments in memory, reached by the connector through <see cref="Open"/> with the depot's id.</summary>
public sealed class DepotSimulator : IFulfillmentSimulator
{
    private static readonly ConcurrentDictionary<string, DepotSimulator> Running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DepotShipment> _byOrder = new(StringComparer.Ordinal);
    private readonly string _id = Guid.NewGuid().ToString("N");
    private readonly string _apiKey = "depot-key-" + Guid.NewGuid().ToString("N")[..8];
    private int _next;

    public DepotSimulator() => Running[_id] = this;

    /// <summary>The running depot with this id, or null.</summary>
    public static DepotSimulator? Open(string id) => Running.GetValueOrDefault(id);

    public Uri BaseUrl => new($"memory://depot-{_id}/");

    public IReadOnlyList<SimulatorBannerLine> Banner => [new("depot id", _id), new("API key", _apiKey)];

    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DepotManifest.DepotIdSetting] = _id,
        [DepotManifest.ApiKeySetting] = _apiKey,
    };

    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [DepotManifest.ApiKeySetting] = "depot-key-wrong" };

    /// <summary>Whether the depot takes this API key.</summary>
    public bool Accepts(string? apiKey) => apiKey == _apiKey;

    /// <summary>Takes an order to ship; an order it already holds keeps its shipment.</summary>
    public DepotShipment Take(string orderCode, int lineCount) =>
        _byOrder.GetOrAdd(orderCode, code => new DepotShipment(
            "SH" + Interlocked.Increment(ref _next).ToString("D5", CultureInfo.InvariantCulture), code, lineCount, "received", null));

    /// <summary>A shipment by id, or null.</summary>
    public DepotShipment? Find(string shipmentId) => _byOrder.Values.FirstOrDefault(s => s.Id == shipmentId);

    public Task<ShipmentState?> ReadShipmentAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult(_byOrder.TryGetValue(channelOrderCode, out var s) ? new ShipmentState(s.Id, s.Status, s.TrackingNumber, s.LineCount) : null);

    public Task ShipAsync(string channelOrderCode, string trackingNumber, CancellationToken cancellationToken)
    {
        var shipment = _byOrder.GetValueOrDefault(channelOrderCode) ?? throw new ArgumentException($"The depot holds no order {channelOrderCode}.", nameof(channelOrderCode));
        _byOrder[channelOrderCode] = shipment with { Status = "dispatched", TrackingNumber = trackingNumber };
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Running.TryRemove(_id, out _);
        return ValueTask.CompletedTask;
    }
}
