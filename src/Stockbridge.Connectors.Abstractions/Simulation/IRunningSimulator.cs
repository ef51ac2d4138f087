namespace Stockbridge.Connectors.Simulation;

/// <summary>
/// A started simulator. What it also is says what it can be asked: <see cref="IChannelSimulator"/> (a shopper and the
/// channel's own state), <see cref="ISourceSimulator"/> (an ERP user and the ERP's own state),
/// <see cref="IFulfillmentSimulator"/> (the warehouse). Tests read effects back through those, never through the connector.
/// </summary>
public interface IRunningSimulator : IAsyncDisposable
{
    /// <summary>The root URL it listens on, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    Uri BaseUrl { get; }

    /// <summary>What to print when it starts: URL, credentials and anything a person needs to point a connection at it.</summary>
    IReadOnlyList<SimulatorBannerLine> Banner { get; }

    /// <summary>The settings (by manifest key) of a connection that reaches this simulator with valid credentials.</summary>
    IReadOnlyDictionary<string, string> ConnectionSettings { get; }

    /// <summary>Settings to lay over <see cref="ConnectionSettings"/> so that the simulator refuses the credentials.</summary>
    IReadOnlyDictionary<string, string> BadCredentialSettings { get; }
}
