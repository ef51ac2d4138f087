using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Engine.Tests.HostAccess;

/// <summary>
/// A setting that names a file on the hub's machine reaches a connector only when the file is under a directory the
/// operator allows (after symbolic links), and a refusal reads the same whether the file exists or not.
/// </summary>
public sealed class LocalFileSettingsTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("stockbridge-hostaccess-");
    private readonly string _acme;
    private readonly string _globex;

    public LocalFileSettingsTests()
    {
        _acme = Directory.CreateDirectory(Path.Combine(_root.FullName, "acme")).FullName;
        _globex = Directory.CreateDirectory(Path.Combine(_root.FullName, "globex")).FullName;
        File.WriteAllText(Path.Combine(_acme, "company.db"), "acme");
        File.WriteAllText(Path.Combine(_globex, "company.db"), "globex");
    }

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void FileUnderAnAllowedDirectory_ReachesTheConnectorAsItsRealPath()
    {
        var capture = new FileConnectorFactory();

        Registry(capture, _acme).Create(Connection(Path.Combine(_acme, ".", "company.db")));

        capture.Context.ShouldNotBeNull().Settings["database"].ShouldBe(Path.Combine(_acme, "company.db"));
    }

    [Fact]
    public void AnotherTenantsFile_AndAFileThatDoesNotExist_AreRefusedInTheSameWords()
    {
        var registry = Registry(new FileConnectorFactory(), _acme);

        var other = Should.Throw<PermanentConnectorException>(() => registry.Create(Connection(Path.Combine(_globex, "company.db")))).Message;
        var missing = Should.Throw<PermanentConnectorException>(() => registry.Create(Connection(Path.Combine(_acme, "nope.db")))).Message;
        var dotted = Should.Throw<PermanentConnectorException>(() => registry.Create(Connection(Path.Combine(_acme, "..", "globex", "company.db")))).Message;

        other.ShouldContain("hosting.allowed_local_paths");
        other.ShouldContain("'database'");
        other.Replace(Path.Combine(_globex, "company.db"), "X", StringComparison.Ordinal)
            .ShouldBe(missing.Replace(Path.Combine(_acme, "nope.db"), "X", StringComparison.Ordinal));
        dotted.ShouldContain("hosting.allowed_local_paths");
    }

    [Fact]
    public void SymbolicLinkOutOfTheAllowedDirectory_IsRefused()
    {
        var link = Path.Combine(_acme, "borrowed.db");
        File.CreateSymbolicLink(link, Path.Combine(_globex, "company.db"));
        var linkedDirectory = Path.Combine(_acme, "shared");
        Directory.CreateSymbolicLink(linkedDirectory, _globex);
        var registry = Registry(new FileConnectorFactory(), _acme);

        Should.Throw<PermanentConnectorException>(() => registry.Create(Connection(link)));
        Should.Throw<PermanentConnectorException>(() => registry.Create(Connection(Path.Combine(linkedDirectory, "company.db"))));
    }

    [Fact]
    public void NoAllowList_RefusesEveryLocalFile_ButNotTheSameSettingWhenItIsNotAPath()
    {
        var capture = new FileConnectorFactory();
        var registry = Registry(capture);

        Should.Throw<PermanentConnectorException>(() => registry.Create(Connection(Path.Combine(_acme, "company.db"))));
        registry.Create(Connection("SysproCompanyL", provider: "sqlserver"));
        capture.Context.ShouldNotBeNull().Settings["database"].ShouldBe("SysproCompanyL");
    }

    private static ConnectorRegistry Registry(IConnectorFactory factory, params string[] allowedDirectories)
    {
        var options = new HostAccessOptions();
        foreach (var directory in allowedDirectories) options.AllowedLocalPaths.Add(directory);
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new ConnectorRegistry([factory], http, TimeProvider.System, NullLoggerFactory.Instance, HostAccessPolicy.From(options));
    }

    private static ConnectionRecord Connection(string database, string provider = "sqlite") => new()
    {
        ClientId = "acme",
        Id = "acme-erp",
        ConnectorKey = "file-erp",
        Name = "ERP",
        Settings = new Dictionary<string, string> { ["database"] = database, ["provider"] = provider },
    };

    private sealed class FileConnectorFactory : IConnectorFactory
    {
        public ConnectionContext? Context { get; private set; }

        public ConnectorManifest Manifest { get; } = new()
        {
            Key = "file-erp", DisplayName = "File ERP", Kind = ConnectorKind.Source, Capabilities = ConnectorCapabilities.None,
            Description = "Reads a company database file.",
            Settings =
            [
                new SettingDefinition("database", "Database", SettingType.Text, "A name, or a file for the sqlite provider.", LocalPathWhen: new("provider", "sqlite")),
                new SettingDefinition("provider", "Provider", SettingType.Choice, "sqlite or sqlserver.", Choices: ["sqlite", "sqlserver"]),
            ],
        };

        public IConnector Create(ConnectionContext context)
        {
            Context = context;
            return new PlainTestConnectorFactory().Create(context);
        }
    }
}
