using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;

namespace Stockbridge.Hosting.Tests.Configuration;

/// <summary>A manifest with one setting of each type, for config validation tests. It is never connected.</summary>
internal sealed class ExampleConnectorFactory : IConnectorFactory
{
    public ConnectorManifest Manifest { get; } = new()
    {
        Key = "example",
        DisplayName = "Example ERP",
        Kind = ConnectorKind.Source,
        Capabilities = ConnectorCapabilities.Products,
        Description = "An ERP used to test config validation.",
        Settings =
        [
            new("base_url", "Base URL", SettingType.Url, "Where the ERP's web service answers."),
            new("api_password", "API password", SettingType.Secret, "The password of the integration user."),
            new("page_size", "Page size", SettingType.Integer, "How many rows to read per page.", Required: false, Default: "500"),
            new("mode", "Mode", SettingType.Choice, "Which edition of the ERP this is.", Required: false, Default: "cloud", Choices: ["cloud", "onprem"]),
            new("database", "Database", SettingType.Text, "The company database; a file on this machine for onprem.", Required: false,
                LocalPathWhen: new("mode", "onprem")),
        ],
        FieldTables = [new FieldTable("products", "to Stockbridge", [new FieldMapping("Code", "source_product_code", "The product's code")])],
    };

    public IConnector Create(ConnectionContext context) => throw new NotSupportedException("config tests never connect");
}
