using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Web.Testing;

/// <summary>A channel connector for the web tests (key <c>testshop</c>): a shop domain and a secret access token.</summary>
public sealed class TestShopConnectorFactory : IConnectorFactory
{
    public const string Key = "testshop";

    public ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Test Shop",
        Kind = ConnectorKind.Channel,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders,
        Description = "A sales channel used by the web tests.",
        Settings =
        [
            new SettingDefinition("shop_domain", "Shop domain", SettingType.Text, "e.g. acme.myshop.test"),
            new SettingDefinition("access_token", "Admin API access token", SettingType.Secret, "The shop's admin token."),
        ],
    };

    public IConnector Create(ConnectionContext context) => new TestShopConnector(context);

    private sealed class TestShopConnector(ConnectionContext context) : IConnector
    {
        public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) => Task.FromResult(new ConnectionTestResult(
            [new ConnectionCheck("shop", context.Optional("access_token") is not null, $"shop {context.Optional("shop_domain")}")]));
    }
}
