using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Engine.Testing;

/// <summary>A connector without webhook support (key <c>plain-test</c>), to check the intake refuses it.</summary>
public sealed class PlainTestConnectorFactory : IConnectorFactory
{
    public const string Key = "plain-test";

    public ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Plain test connector",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products,
        Description = "A test connector that takes no webhooks.",
        Settings = [],
    };

    public IConnector Create(ConnectionContext context) => new PlainConnector();

    private sealed class PlainConnector : IConnector
    {
        public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new ConnectionTestResult([]));
    }
}
