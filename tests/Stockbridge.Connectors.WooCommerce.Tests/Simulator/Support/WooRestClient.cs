using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

namespace Stockbridge.Connectors.WooCommerce.Tests.Simulator.Support;

/// <summary>Calls a simulated store's <c>wc/v3</c> API as a client would, with HTTP Basic by default.</summary>
internal sealed class WooRestClient : IDisposable
{
    private readonly HttpClient _http;

    public WooRestClient(WooCommerceRunningSimulator store, bool basicAuth = true)
    {
        _http = new HttpClient { BaseAddress = store.RestBaseUrl };
        if (basicAuth)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{store.Shop.Options.ConsumerKey}:{store.Shop.Options.ConsumerSecret}")));
    }

    public async Task<WooReply> SendAsync(HttpMethod method, string path, JsonNode? body = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        configure?.Invoke(request);
        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        return new WooReply((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), headers);
    }

    public Task<WooReply> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<WooReply> PostAsync(string path, JsonNode body) => SendAsync(HttpMethod.Post, path, body);

    public Task<WooReply> PutAsync(string path, JsonNode body) => SendAsync(HttpMethod.Put, path, body);

    public void Dispose() => _http.Dispose();
}
