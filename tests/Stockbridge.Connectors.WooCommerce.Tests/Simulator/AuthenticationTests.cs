using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;
using Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task NoCredentials_Returns401WithWordPressErrorShape()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var reply = await api.GetAsync("products");
        reply.Status.ShouldBe(401);
        reply.ErrorCode().ShouldBe("woocommerce_rest_authentication_error");
    }

    [Fact]
    public async Task Basic_WithWrongSecret_Returns401()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var reply = await api.SendAsync(HttpMethod.Get, "products", configure: r => r.Headers.Authorization =
            new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{store.Shop.Options.ConsumerKey}:cs_wrong"))));
        reply.Status.ShouldBe(401);
        reply.ErrorCode().ShouldBe("woocommerce_rest_authentication_error");
    }

    [Fact]
    public async Task Basic_WithKeyAndSecret_IsAccepted()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store);
        (await api.GetAsync("products")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task QueryParameters_WithKeyAndSecret_AreAcceptedAndWrongOnesRefused()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var o = store.Shop.Options;
        (await api.GetAsync($"orders?consumer_key={o.ConsumerKey}&consumer_secret={o.ConsumerSecret}")).Status.ShouldBe(200);
        (await api.GetAsync($"orders?consumer_key={o.ConsumerKey}&consumer_secret=cs_nope")).Status.ShouldBe(401);
    }

    [Theory]
    [InlineData("HMAC-SHA256")]
    [InlineData("HMAC-SHA1")]
    public async Task OAuth1_SignedInTheQuery_IsAccepted(string method)
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var reply = await api.GetAsync(SignedPath(store, "GET", "products", method, [("per_page", "5")], Now(), "nonce" + method));
        reply.Status.ShouldBe(200);
    }

    [Fact]
    public async Task OAuth1_InTheAuthorizationHeader_IsAccepted()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var oauth = OAuthParameters(store, "GET", "orders", "HMAC-SHA256", [], Now(), "header-nonce");
        var header = "OAuth " + string.Join(", ", oauth.Select(p => $"{p.Key}=\"{Uri.EscapeDataString(p.Value)}\""));
        var reply = await api.SendAsync(HttpMethod.Get, "orders", configure: r => r.Headers.TryAddWithoutValidation("Authorization", header));
        reply.Status.ShouldBe(200);
    }

    [Fact]
    public async Task OAuth1_ReusedNonce_IsRefused()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var path = SignedPath(store, "GET", "products", "HMAC-SHA256", [], Now(), "once");
        (await api.GetAsync(path)).Status.ShouldBe(200);
        var again = await api.GetAsync(path);
        again.Status.ShouldBe(401);
        again.ErrorCode().ShouldBe("woocommerce_rest_authentication_error");
    }

    [Fact]
    public async Task OAuth1_TimestampOutsideFifteenMinutes_IsRefused()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var reply = await api.GetAsync(SignedPath(store, "GET", "products", "HMAC-SHA256", [], Now() - 16 * 60, "stale"));
        reply.Status.ShouldBe(401);
        reply.Body!["message"]!.GetValue<string>().ShouldBe("Invalid timestamp.");
    }

    [Fact]
    public async Task OAuth1_SignedWithAnotherSecret_IsRefused()
    {
        await using var store = await TestStore.StartAsync();
        using var api = new WooRestClient(store, basicAuth: false);
        var reply = await api.GetAsync(SignedPath(store, "GET", "products", "HMAC-SHA256", [], Now(), "wrong", secret: "cs_other"));
        reply.Status.ShouldBe(401);
        reply.Body!["message"]!.GetValue<string>().ShouldStartWith("Invalid signature");
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static string SignedPath(WooCommerceRunningSimulator store, string method, string path, string signatureMethod,
        (string, string)[] query, long timestamp, string nonce, string? secret = null)
    {
        var all = query.Select(q => new KeyValuePair<string, string>(q.Item1, q.Item2))
            .Concat(OAuthParameters(store, method, path, signatureMethod, query, timestamp, nonce, secret));
        return path + "?" + string.Join('&', all.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary>An independent OAuth 1.0a one-legged signer (RFC 5849 §3.4: method, URL, sorted encoded pairs; key = secret + "&").</summary>
    private static Dictionary<string, string> OAuthParameters(WooCommerceRunningSimulator store, string method, string path, string signatureMethod,
        (string, string)[] query, long timestamp, string nonce, string? secret = null)
    {
        var oauth = new Dictionary<string, string>
        {
            ["oauth_consumer_key"] = store.Shop.Options.ConsumerKey,
            ["oauth_nonce"] = nonce,
            ["oauth_signature_method"] = signatureMethod,
            ["oauth_timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
        };
        static string E(string s) => Uri.EscapeDataString(s);
        var pairs = oauth.Select(p => (p.Key, p.Value)).Concat(query).Select(p => E(p.Item1) + "=" + E(p.Item2)).Order(StringComparer.Ordinal);
        var url = new Uri(store.RestBaseUrl, path).ToString();
        var baseString = $"{method}&{E(url)}&{E(string.Join('&', pairs))}";
        var key = Encoding.UTF8.GetBytes((secret ?? store.Shop.Options.ConsumerSecret) + "&");
        var data = Encoding.UTF8.GetBytes(baseString);
        var signature = signatureMethod == "HMAC-SHA1" ? HMACSHA1.HashData(key, data) : HMACSHA256.HashData(key, data);
        oauth["oauth_signature"] = Convert.ToBase64String(signature);
        return oauth;
    }
}
