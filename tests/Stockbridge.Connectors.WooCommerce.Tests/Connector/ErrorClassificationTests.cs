using System.Net;
using Stockbridge.Connectors.Channel;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>Failed answers become the hub's error classes, in WooCommerce's own words.</summary>
public sealed class ErrorClassificationTests
{
    private static Task<IReadOnlyList<PushOutcome>> PushStock(HttpStatusCode status, string body)
    {
        var connector = new WooCommerceConnector(TestConnection.Context(new StubHandler((_, _) => (status, body))));
        return connector.PushStockAsync([new StockPush("A-1", null, 1, null, new ChannelLink("11", new Dictionary<string, string>()))], CancellationToken.None);
    }

    [Fact]
    public async Task A_wordpress_error_is_permanent_with_its_message_and_code()
    {
        var error = await Should.ThrowAsync<PermanentConnectorException>(() => PushStock(HttpStatusCode.RequestEntityTooLarge,
            """{"code":"woocommerce_rest_request_entity_too_large","message":"Unable to accept more than 100 items for this request.","data":{"status":413}}"""));
        error.Code.ShouldBe("woocommerce_rest_request_entity_too_large");
        error.Message.ShouldStartWith("Unable to accept more than 100 items for this request.");
    }

    [Fact]
    public async Task A_429_without_a_body_is_rate_limiting() =>
        await Should.ThrowAsync<RateLimitedException>(() => PushStock(HttpStatusCode.TooManyRequests, "<html>slow down</html>"));

    [Fact]
    public async Task A_5xx_on_a_write_is_transient_with_its_outcome_unknown()
    {
        var error = await Should.ThrowAsync<TransientConnectorException>(() => PushStock(HttpStatusCode.BadGateway, ""));
        error.OutcomeUnknown.ShouldBeTrue();
    }
}
