using Stockbridge.Connectors.Shopify.Simulator.Webhooks;
using Stockbridge.Connectors.Shopify.Webhooks;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.Shopify.Tests.Connector;

public sealed class WebhookVerificationTests
{
    private const string Secret = "app-secret";
    private static readonly byte[] Body = "{\"id\":820982911946154508,\"name\":\"#9999\"}"u8.ToArray();

    [Fact]
    public void Verify_ValidSignature_AcceptsWithDeliveryIdAndTopic()
    {
        var result = ShopifyWebhookVerifier.Verify(Request(Body, WebhookSigner.Sign(Body, Secret)), Secret);
        result.Valid.ShouldBeTrue(result.Reason);
        result.DeliveryId.ShouldBe("delivery-1");
        result.Topic.ShouldBe("orders/create");
    }

    [Fact]
    public void Verify_TamperedBody_Rejects()
    {
        var tampered = "{\"id\":820982911946154508,\"name\":\"#9998\"}"u8.ToArray();
        ShopifyWebhookVerifier.Verify(Request(tampered, WebhookSigner.Sign(Body, Secret)), Secret).Valid.ShouldBeFalse();
    }

    [Fact]
    public void Verify_SignedWithAnotherSecret_Rejects()
    {
        var result = ShopifyWebhookVerifier.Verify(Request(Body, WebhookSigner.Sign(Body, "other-secret")), Secret);
        result.Valid.ShouldBeFalse();
        result.Reason!.ShouldNotContain(Secret);
    }

    [Fact]
    public void Verify_MissingSignatureHeader_Rejects()
    {
        ShopifyWebhookVerifier.Verify(Request(Body, null), Secret).Reason.ShouldBe("Missing X-Shopify-Hmac-Sha256 header.");
    }

    [Fact]
    public void Verify_SignatureNotBase64_Rejects()
    {
        ShopifyWebhookVerifier.Verify(Request(Body, "not base64!!"), Secret).Valid.ShouldBeFalse();
    }

    [Fact]
    public void Verify_EventsStyleHeaders_AreReadFirst()
    {
        var headers = new Dictionary<string, string>
        {
            ["shopify-hmac-sha256"] = WebhookSigner.Sign(Body, Secret),
            ["shopify-topic"] = "orders/updated",
            ["shopify-event-id"] = "event-7",
        };
        var result = ShopifyWebhookVerifier.Verify(new WebhookRequest(Body, headers), Secret);
        result.Valid.ShouldBeTrue(result.Reason);
        result.DeliveryId.ShouldBe("event-7");
        result.Topic.ShouldBe("orders/updated");
    }

    [Fact]
    public void Verify_WithoutAConfiguredSecret_Rejects()
    {
        ShopifyWebhookVerifier.Verify(Request(Body, WebhookSigner.Sign(Body, Secret)), null).Valid.ShouldBeFalse();
    }

    [Fact]
    public void Verify_SignedButWithoutAWebhookId_RejectsNamingTheMissingHeader()
    {
        var headers = new Dictionary<string, string> { ["x-shopify-topic"] = "orders/create", ["x-shopify-hmac-sha256"] = WebhookSigner.Sign(Body, Secret) };

        var result = ShopifyWebhookVerifier.Verify(new WebhookRequest(Body, headers), Secret);

        result.Valid.ShouldBeFalse();
        result.MissingHeader.ShouldBe("X-Shopify-Webhook-Id");
        result.Reason.ShouldNotBeNull().ShouldNotContain("ignature");
    }

    private static WebhookRequest Request(byte[] body, string? signature)
    {
        var headers = new Dictionary<string, string> { ["x-shopify-topic"] = "orders/create", ["x-shopify-webhook-id"] = "delivery-1" };
        if (signature is not null) headers["x-shopify-hmac-sha256"] = signature;
        return new WebhookRequest(body, headers);
    }
}
