using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Engine.Testing;

/// <summary>Registers <see cref="HmacTestConnector"/> under the key <c>hmac-test</c>.</summary>
public sealed class HmacTestConnectorFactory : IConnectorFactory
{
    public const string Key = "hmac-test";
    public const string SecretKey = "webhook_secret";

    public ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "HMAC test channel",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Webhooks | ConnectorCapabilities.Orders,
        Description = "A test channel that only sends signed webhooks.",
        Settings = [new SettingDefinition(SecretKey, "Webhook secret", SettingType.Secret, "Shared HMAC secret.")],
    };

    public IConnector Create(ConnectionContext context) => new HmacTestConnector(context);
}
