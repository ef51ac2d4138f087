using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Magento1;

/// <summary>
/// The wire client: bearer-token JSON over HTTP, and the vendor's errors turned into the hub's (401/403/4xx: permanent,
/// 429: rate limited with its Retry-After, 5xx and network failures: transient). Replace the paths and shapes with the
/// vendor's real API; keep the error mapping's shape.
/// </summary>
public sealed class Magento1Api(Magento1Settings settings, HttpClient http)
{
    private readonly Uri _baseUrl = settings.BaseUrl.AbsoluteUri.EndsWith('/') ? settings.BaseUrl : new Uri(settings.BaseUrl.AbsoluteUri + "/");

    /// <summary>Checks that the API answers and takes the token; says why not, never throws for a failed check.</summary>
    public async Task<ConnectionTestResult> TestAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = await GetAsync("api/ping", cancellationToken) ?? throw new PermanentConnectorException($"{_baseUrl} has no Magento1 API (api/ping: 404)");
            return new([new ConnectionCheck("api", true, "the API answered and accepted the token")]);
        }
        catch (ConnectorException e)
        {
            return new([new ConnectionCheck("api", false, e.Message)]);
        }
    }

    /// <summary>GETs a JSON document; null for 404.</summary>
    public Task<JsonNode?> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>Sends a JSON body; returns the answer's JSON (null for 404 or an empty body).</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiToken);
        if (body is not null) request.Content = JsonContent.Create(body);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"{method} {path}: {e.Message}", e, outcomeUnknown: method != HttpMethod.Get);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientConnectorException($"{method} {path}: no answer in time", e, outcomeUnknown: method != HttpMethod.Get);
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode) return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
            var reason = $"{method} {path}: {(int)response.StatusCode} {ErrorText(text)}";
            throw response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new RateLimitedException(reason, response.Headers.RetryAfter?.Delta),
                >= HttpStatusCode.InternalServerError => new TransientConnectorException(reason, outcomeUnknown: method != HttpMethod.Get),
                _ => new PermanentConnectorException(reason),
            };
        }
    }

    private static string ErrorText(string body)
    {
        try { return JsonNode.Parse(body)?["error"]?.GetValue<string>() ?? body; }
        catch (System.Text.Json.JsonException) { return body.Length > 200 ? body[..200] : body; }
    }
}
