using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Web.Testing;

/// <summary>
/// A source connector for the web tests (key <c>testerp</c>): a URL, a company choice, a user and a secret password.
/// Its connection test really checks the settings it is given and, on purpose, echoes the password in a check's detail
/// so the tests can prove the hub scrubs secrets from what it shows.
/// </summary>
public sealed class TestErpConnectorFactory : IConnectorFactory
{
    public const string Key = "testerp";

    public ConnectorManifest Manifest { get; } = new()
    {
        Key = Key,
        DisplayName = "Test ERP",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products | ConnectorCapabilities.Orders,
        Description = "An ERP used by the web tests.",
        Settings =
        [
            new SettingDefinition("base_url", "ERP web service URL", SettingType.Url, "Where the ERP's web service listens."),
            new SettingDefinition("company", "Company", SettingType.Choice, "The ERP company to use.", Choices: ["EDU1", "EDU2"]),
            new SettingDefinition("operator", "Operator", SettingType.Text, "The ERP operator the hub signs in as."),
            new SettingDefinition("password", "Operator password", SettingType.Secret, "The operator's password."),
            new SettingDefinition("batch_size", "Batch size", SettingType.Integer, "Records per read.", Required: false, Default: "500"),
        ],
    };

    public IConnector Create(ConnectionContext context) => new TestErpConnector(context);

    private sealed class TestErpConnector(ConnectionContext context) : IConnector
    {
        public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
        {
            var url = context.Optional("base_url");
            var password = context.Optional("password");
            return Task.FromResult(new ConnectionTestResult(
            [
                new ConnectionCheck("web service", Uri.IsWellFormedUriString(url, UriKind.Absolute), $"URL {url}"),
                new ConnectionCheck("sign in", password is { Length: >= 6 }, $"signed in as {context.Optional("operator")} with password {password}"),
            ]));
        }
    }
}
