using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Stockbridge.Connectors;
using Stockbridge.Connectors.Manifest;
using Stockbridge.Connectors.Webhooks;
using Stockbridge.Engine.DependencyInjection;
using Stockbridge.Engine.Testing;
using Stockbridge.Web.Tests.Support;

namespace Stockbridge.Web.Tests.Webhooks;

public sealed class WebhookIntakeVerifierTests
{
    [Fact]
    public async Task Post_VerifierThrows_401AndNothingStored()
    {
        await using var host = await IntakeHost.StartAsync(services: s => s.AddConnector<ThrowingFactory>());
        await host.Store.AddConnectionAsync("broken", ThrowingFactory.Key);

        using var response = await host.PostAsync("broken", TestOrders.Body("#1"), "d-1");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, "broken", TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task Post_SignedButAHeaderMissing_400NamingTheHeaderAndNothingStored()
    {
        await using var host = await IntakeHost.StartAsync(services: s => s.AddConnector<MissingHeaderFactory>());
        await host.Store.AddConnectionAsync("no-id", MissingHeaderFactory.Key);

        using var response = await host.PostAsync("no-id", TestOrders.Body("#1"), "d-1");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        problem.ShouldContain("X-Test-Delivery-Id header is missing");
        problem.ShouldNotContain("signature is missing or does not match");
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, "no-id", TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task Post_AcknowledgeOnly_200AndNothingStored()
    {
        await using var host = await IntakeHost.StartAsync(services: s => s.AddConnector<PingFactory>());
        await host.Store.AddConnectionAsync("pinged", PingFactory.Key);

        using var response = await host.PostAsync("pinged", TestOrders.Body("#1"), "d-1");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"stored\":false");
        (await host.Hub.Inbox.CountAsync(TestStore.ClientId, "pinged", TestContext.Current.CancellationToken)).ShouldBe(0);
        (await host.Hub.Jobs.CountByStateAsync(TestStore.ClientId, TestContext.Current.CancellationToken)).Values.Sum().ShouldBe(0);
    }

    private sealed class PingFactory() : VerifierFactory(Key, _ => WebhookVerification.AcknowledgeOnly("a creation ping"))
    {
        public const string Key = "ping-test";
    }

    private sealed class MissingHeaderFactory() : VerifierFactory(Key, _ => WebhookVerification.RejectMissingHeader("X-Test-Delivery-Id"))
    {
        public const string Key = "missing-header-test";
    }

    private sealed class ThrowingFactory() : VerifierFactory(Key, _ => throw new InvalidOperationException("bug in a connector"))
    {
        public const string Key = "throwing-test";
    }

    /// <summary>A webhook-only connector whose verifier does what the test needs.</summary>
    private abstract class VerifierFactory(string key, Func<WebhookRequest, WebhookVerification> verify) : IConnectorFactory
    {
        public ConnectorManifest Manifest { get; } = new()
        {
            Key = key, DisplayName = key, Kind = ConnectorKind.Channel, Capabilities = ConnectorCapabilities.Webhooks,
            Description = "A test verifier.", Settings = [],
        };

        public IConnector Create(ConnectionContext context) => new Verifying(verify);

        private sealed class Verifying(Func<WebhookRequest, WebhookVerification> verify) : IConnector, ISupportsWebhooks
        {
            public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken) => Task.FromResult(new ConnectionTestResult([]));

            public WebhookVerification Verify(WebhookRequest request) => verify(request);

            public Task<IReadOnlyList<WebhookEvent>> ParseAsync(WebhookRequest request, CancellationToken cancellationToken) => throw new NotSupportedException();
        }
    }
}
