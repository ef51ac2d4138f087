using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Engine.Connectors;
using Stockbridge.Engine.HostAccess;
using Stockbridge.Engine.Testing;
using Stockbridge.Storage.Connections;

namespace Stockbridge.Engine.Tests.Connectors;

public sealed class ConnectorRegistryTests
{
    private static ConnectorRegistry Registry(params IConnectorFactory[] factories)
    {
        var http = new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new ConnectorRegistry(factories, http, TimeProvider.System, NullLoggerFactory.Instance, HostAccessPolicy.Closed);
    }

    [Fact]
    public void Create_KnownConnector_GetsSettingsAndSecretsTogether()
    {
        var capture = new CapturingFactory();
        var connector = Registry(capture, new HmacTestConnectorFactory()).Create(new ConnectionRecord
        {
            ClientId = "acme",
            Id = "shop-1",
            ConnectorKey = "capture",
            Name = "Shop",
            Settings = new Dictionary<string, string> { ["store_url"] = "https://x.example" },
            Secrets = new Dictionary<string, string> { ["api_token"] = "s3cret" },
        });
        connector.ShouldNotBeNull();
        var context = capture.Context.ShouldNotBeNull();
        context.ClientId.ShouldBe("acme");
        context.ConnectionId.ShouldBe("shop-1");
        context.Required("store_url").ShouldBe("https://x.example");
        context.Required("api_token").ShouldBe("s3cret");
        context.Http.ShouldNotBeNull();
    }

    [Fact]
    public void Create_UnknownConnector_IsPermanent()
    {
        var error = Should.Throw<PermanentConnectorException>(() => Registry().Create(new ConnectionRecord { ClientId = "acme", Id = "x", ConnectorKey = "nope", Name = "x" }));
        error.Message.ShouldContain("'nope'");
    }

    [Fact]
    public void Constructor_DuplicateKeys_Throws() =>
        Should.Throw<InvalidOperationException>(() => Registry(new HmacTestConnectorFactory(), new HmacTestConnectorFactory()));

    private sealed class CapturingFactory : IConnectorFactory
    {
        public ConnectionContext? Context { get; private set; }

        public ConnectorManifest Manifest { get; } = new()
        {
            Key = "capture", DisplayName = "Capture", Kind = ConnectorKind.Channel, Capabilities = ConnectorCapabilities.None,
            Description = "Captures its context.", Settings = [],
        };

        public IConnector Create(ConnectionContext context)
        {
            Context = context;
            return new PlainTestConnectorFactory().Create(context);
        }
    }
}
