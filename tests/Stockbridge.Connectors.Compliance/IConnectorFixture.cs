namespace Stockbridge.Connectors.Compliance;

/// <summary>
/// What a connector's test project provides to the compliance kit: the connector, and a running simulator of the
/// outside system it talks to. Start the simulator in <see cref="IAsyncLifetime.InitializeAsync"/> and stop it in
/// <see cref="IAsyncDisposable.DisposeAsync"/>; the kit never relies on a <c>new</c>-hidden dispose.
/// </summary>
public interface IConnectorFixture : IAsyncLifetime
{
    /// <summary>The connector under test.</summary>
    IConnectorFactory Factory { get; }

    /// <summary>A context whose settings point at the running simulator with valid credentials.</summary>
    ConnectionContext CreateContext();

    /// <summary>The same, but with a wrong password or token.</summary>
    ConnectionContext CreateContextWithBadCredentials();
}
