using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Stockbridge.Demo;
using Stockbridge.EndToEnd.Tests.Support;

namespace Stockbridge.EndToEnd.Tests;

/// <summary>
/// The hub's webhook endpoint, reached over HTTP as the channel reaches it, for each channel with webhooks (Shopify, WooCommerce, Takealot): a delivery
/// signed as the channel signs it is stored; an unsigned one, one signed with another secret and one whose body was
/// changed after signing are refused with 401 and leave the inbox as it was.
/// </summary>
public sealed class WebhookSigningEndToEndTests
{
    public static TheoryData<string, string> Channels => new()
    {
        { "shopify", "orders/create" },
        { "woocommerce", "order.created" },
        { "takealot", "New Leadtime Order" },
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Only_a_delivery_signed_with_the_channels_secret_over_these_exact_bytes_is_stored(string channel, string topic)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var hub = await InProcessHub.StartAsync(new DemoOptions { Channel = channel, StockCodes = 4 }, ct);
        using var http = new HttpClient();
        var body = Encoding.UTF8.GetBytes("""{"id":987654321,"number":"987654321","name":"#987654321","line_items":[]}""");
        var signed = hub.World.Channel.SignWebhook(body, topic) ?? throw new InvalidOperationException($"{channel} signs no webhooks");
        // The channel's own simulator may deliver real webhooks meanwhile (Takealot reports offer batches), so the refused posts are
        // sent in rounds until one sees no other delivery: a refused post that stored anything would spoil every round.
        var tampered = Encoding.UTF8.GetBytes("""{"id":987654321,"number":"987654321","name":"#987654321","line_items":[],"total":"0.01"}""");
        var quiet = false;
        for (var round = 0; round < 10 && !quiet; round++)
        {
            var before = await InboxCountAsync(hub, ct);
            (await PostAsync(http, hub, body, signed.Where(h => !IsSignature(h.Key)), ct)).ShouldBe(HttpStatusCode.Unauthorized, "unsigned");
            (await PostAsync(http, hub, body, SignedWithAnotherSecret(body, signed), ct)).ShouldBe(HttpStatusCode.Unauthorized, "signed with another secret");
            (await PostAsync(http, hub, tampered, signed, ct)).ShouldBe(HttpStatusCode.Unauthorized, "body changed after signing");
            quiet = await InboxCountAsync(hub, ct) == before;
            if (!quiet) await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        quiet.ShouldBeTrue("a refused delivery stores nothing (no round of refused posts left the inbox as it was)");

        var beforeSigned = await InboxCountAsync(hub, ct);
        (await PostAsync(http, hub, body, signed, ct)).ShouldBe(HttpStatusCode.OK, "signed as the channel signs");
        (await InboxCountAsync(hub, ct)).ShouldBeGreaterThanOrEqualTo(beforeSigned + 1);
    }

    private static Task<long> InboxCountAsync(InProcessHub hub, CancellationToken ct) =>
        hub.Store.Inbox.CountAsync(DemoIds.Client, hub.World.ChannelConnection, ct);

    private static bool IsSignature(string header) => header.Contains("hmac", StringComparison.OrdinalIgnoreCase)
        || header.Contains("signature", StringComparison.OrdinalIgnoreCase);

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, InProcessHub hub, byte[] body, IEnumerable<KeyValuePair<string, string>> headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hub.World.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request, ct);
        return response.StatusCode;
    }

    /// <summary>
    /// The same headers with the signature made with a secret the hub does not hold, in the same algorithm and encoding (base64 for
    /// Shopify and WooCommerce, lower-case hex for Takealot), so only the secret differs.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> SignedWithAnotherSecret(byte[] body, IReadOnlyDictionary<string, string> headers)
    {
        var hash = System.Security.Cryptography.HMACSHA256.HashData("not-the-channel-secret"u8, body);
        return headers.Select(h => IsSignature(h.Key)
            ? KeyValuePair.Create(h.Key, h.Value.Length == 64 && h.Value.All(Uri.IsHexDigit) ? Convert.ToHexStringLower(hash) : Convert.ToBase64String(hash))
            : h);
    }
}
