using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Stockbridge.Connectors.Parcelninja.Simulator.Hosting;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Domain.Customers;
using Stockbridge.Domain.Orders;

namespace Stockbridge.Connectors.Parcelninja.Tests.Support;

/// <summary>
/// A simulated Parcelninja account on a clock the test controls (outbounds step along 240 → 245 every
/// <see cref="Step"/> of it and never on their own), and a connector bound to it on the same clock.
/// </summary>
internal sealed class ParcelninjaTestBed : IAsyncDisposable
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(2);

    private readonly HttpClient _http;

    private ParcelninjaTestBed(ParcelninjaRunningSimulator simulator, FakeTimeProvider clock, HttpClient http)
    {
        Simulator = simulator;
        Clock = clock;
        _http = http;
        Connector = Connect();
    }

    public ParcelninjaRunningSimulator Simulator { get; }

    public FakeTimeProvider Clock { get; }

    public ParcelninjaConnector Connector { get; }

    public Warehouse Warehouse => Simulator.Warehouse;

    public static async Task<ParcelninjaTestBed> StartAsync(
        UnknownItemPolicy unknownItems = UnknownItemPolicy.StockOnFirstSight,
        DuplicateClientIdPolicy duplicates = DuplicateClientIdPolicy.Accept,
        HttpMessageHandler? handler = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var simulator = await ParcelninjaSimulator.StartAsync(new ParcelninjaSimulatorOptions
        {
            Time = clock,
            StepInterval = Step,
            TickInterval = TimeSpan.FromSeconds(10),
            UnknownItems = unknownItems,
            Duplicates = duplicates,
        }, TestContext.Current.CancellationToken);
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.Timeout = TimeSpan.FromSeconds(5);
        return new ParcelninjaTestBed(simulator, clock, http);
    }

    /// <summary>A connector with the simulator's settings overlaid with <paramref name="overlay"/>.</summary>
    public ParcelninjaConnector Connect(IReadOnlyDictionary<string, string>? overlay = null)
    {
        var settings = new Dictionary<string, string>(Simulator.ConnectionSettings, StringComparer.Ordinal);
        foreach (var (key, value) in overlay ?? new Dictionary<string, string>()) settings[key] = value;
        var context = new ConnectionContext("client-1", "parcelninja-1", settings, _http, Clock, NullLogger.Instance);
        return (ParcelninjaConnector)new ParcelninjaConnectorFactory().Create(context);
    }

    /// <summary>Moves the clock on by whole lifecycle steps.</summary>
    public void AdvanceSteps(int steps) => Clock.Advance(Step * steps);

    /// <summary>An order to ship: a Johannesburg address, a +27 phone, one line per SKU (two units each).</summary>
    public static Order OrderFor(string code, params string[] skus) => new()
    {
        Channel = "shopify",
        ChannelOrderCode = code,
        Customer = new Customer { SourceCustomerCode = "C1", FirstName = "Thandi", LastName = "Mokoena", Email = "thandi@example.co.za" },
        ShippingAddress = new Address
        {
            FirstName = "Thandi", LastName = "Mokoena", Address1 = "12 Jan Smuts Avenue", Address2 = "Unit 4", City = "Rosebank",
            Zip = "2196", CountryCode = "ZA", Phone = "+27 82 555 0101",
        },
        LineItems = [.. skus.Select(sku => new LineItem { Sku = sku, Title = "Item " + sku, Qty = 2, Price = 150m })],
    };

    public static string Code(string prefix = "SB") => prefix + "-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        _http.Dispose();
    }
}
