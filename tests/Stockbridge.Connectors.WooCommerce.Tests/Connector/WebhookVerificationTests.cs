using System.Text;
using Stockbridge.Connectors.WooCommerce.Webhooks;
using Stockbridge.Connectors.Webhooks;

namespace Stockbridge.Connectors.WooCommerce.Tests.Connector;

/// <summary>X-WC-Webhook-Signature checks; the signature below was computed apart from the connector (Python hmac, base64).</summary>
public sealed class WebhookVerificationTests
{
    private const string Secret = "whsec_test";
    private const string Body = """{"id":727,"number":"727"}""";
    private const string Signature = "C+7zoEqlxyszJQQvpSJTXuT1S5eWf11CD5+54VLOTKU=";

    private static WebhookRequest Request(string body, params (string Name, string Value)[] headers) =>
        new(Encoding.UTF8.GetBytes(body), headers.ToDictionary(h => h.Name.ToLowerInvariant(), h => h.Value));

    [Fact]
    public void Right_signature_is_accepted_with_delivery_id_and_topic()
    {
        var result = WooCommerceWebhookVerifier.Verify(Request(Body,
            ("X-WC-Webhook-Signature", Signature), ("X-WC-Webhook-Delivery-ID", "d-1"), ("X-WC-Webhook-Topic", "order.created")), Secret);
        result.Valid.ShouldBeTrue(result.Reason);
        result.DeliveryId.ShouldBe("d-1");
        result.Topic.ShouldBe("order.created");
    }

    [Fact]
    public void Tampered_body_is_rejected()
    {
        var result = WooCommerceWebhookVerifier.Verify(Request(Body.Replace("727\"", "728\"", StringComparison.Ordinal),
            ("X-WC-Webhook-Signature", Signature), ("X-WC-Webhook-Delivery-ID", "d-1"), ("X-WC-Webhook-Topic", "order.created")), Secret);
        result.Valid.ShouldBeFalse();
    }

    [Fact]
    public void Wrong_secret_is_rejected()
    {
        WooCommerceWebhookVerifier.Verify(Request(Body,
            ("X-WC-Webhook-Signature", Signature), ("X-WC-Webhook-Delivery-ID", "d-1")), "another").Valid.ShouldBeFalse();
    }

    [Fact]
    public void Unsigned_order_body_is_rejected()
    {
        var result = WooCommerceWebhookVerifier.Verify(Request(Body, ("X-WC-Webhook-Delivery-ID", "d-1"), ("X-WC-Webhook-Topic", "order.created")), Secret);
        result.Valid.ShouldBeFalse();
        result.MissingHeader.ShouldBeNull();
    }

    [Fact]
    public void Signed_delivery_without_delivery_id_names_the_missing_header()
    {
        var result = WooCommerceWebhookVerifier.Verify(Request(Body, ("X-WC-Webhook-Signature", Signature)), Secret);
        result.Valid.ShouldBeFalse();
        result.MissingHeader.ShouldBe("X-WC-Webhook-Delivery-ID");
    }

    [Fact]
    public void Creation_ping_is_acknowledged_and_not_stored()
    {
        var result = WooCommerceWebhookVerifier.Verify(Request("webhook_id=42"), Secret);
        result.Valid.ShouldBeTrue("WooCommerce marks a webhook failed when its creation ping is not answered with 200");
        result.StoreNothing.ShouldBeTrue("the ping is unsigned: storing it would let anyone fill the inbox");
        result.DeliveryId.ShouldBeNull();
    }

    [Fact]
    public void A_ping_lookalike_with_a_topic_or_more_is_rejected()
    {
        WooCommerceWebhookVerifier.Verify(Request("webhook_id=42", ("X-WC-Webhook-Topic", "order.created")), Secret).Valid.ShouldBeFalse();
        WooCommerceWebhookVerifier.Verify(Request("webhook_id=42&x=1"), Secret).Valid.ShouldBeFalse();
    }
}
