using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Takealot.Api;

/// <summary>
/// The wire client for both Takealot surfaces: Seller API v2 (<c>Authorization: Key &lt;key&gt;</c>) and Marketplace API v1
/// (<c>X-API-Key</c>). Errors become the hub's: 429 rate limited (waiting <c>x-RateLimit-Reset</c> seconds), 5xx and network
/// failures transient, other 4xx permanent with Takealot's <c>message</c>. Answers larger than <see cref="MaxAnswerBytes"/> are refused.
/// </summary>
public sealed class TakealotClient(TakealotSettings settings, HttpClient http)
{
    /// <summary>The largest answer read (a sales page of 100 is far smaller).</summary>
    public const int MaxAnswerBytes = 8 * 1024 * 1024;

    private readonly Uri _seller = Root(settings.BaseUrl);
    private readonly Uri _marketplace = Root(settings.MarketplaceUrl ?? settings.BaseUrl);

    /// <summary>GETs a Seller API document; null for 404.</summary>
    public Task<JsonNode?> GetAsync(string path, CancellationToken cancellationToken) => SendAsync(HttpMethod.Get, path, null, cancellationToken);

    /// <summary>Sends to the Seller API (v2); null for 404.</summary>
    public Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(method, new Uri(_seller, path), body, v1: false, cancellationToken);

    /// <summary>Sends to the Marketplace API (v1); null for 404.</summary>
    public Task<JsonNode?> SendMarketplaceAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken) =>
        SendAsync(method, new Uri(_marketplace, path), body, v1: true, cancellationToken);

    private async Task<JsonNode?> SendAsync(HttpMethod method, Uri uri, JsonNode? body, bool v1, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (v1) request.Headers.TryAddWithoutValidation("X-API-Key", settings.ApiKey);
        else request.Headers.TryAddWithoutValidation("Authorization", "Key " + settings.ApiKey);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var what = $"{method} {uri.AbsolutePath}";
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"Takealot {what}: {e.Message}", e, outcomeUnknown: method != HttpMethod.Get);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientConnectorException($"Takealot {what}: no answer in time", e, outcomeUnknown: method != HttpMethod.Get);
        }
        using (response)
        {
            var text = await ReadCappedAsync(response, what, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            if (response.IsSuccessStatusCode) return string.IsNullOrWhiteSpace(text) ? null : Parse(text, what);
            var reason = $"Takealot {what}: {(int)response.StatusCode} {Message(text)}";
            throw response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests => new RateLimitedException(reason, ResetIn(response)),
                >= HttpStatusCode.InternalServerError => new TransientConnectorException(reason, outcomeUnknown: method != HttpMethod.Get),
                _ => new PermanentConnectorException(reason),
            };
        }
    }

    /// <summary>Takealot's <c>message</c> from an error body, else the body's start.</summary>
    public static string Message(string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject o && o["message"] is JsonValue m && m.TryGetValue<string>(out var text)) return text;
        }
        catch (System.Text.Json.JsonException) { }
        return body.Length > 200 ? body[..200] : body;
    }

    private static TimeSpan? ResetIn(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-RateLimit-Reset", out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 3600
            ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : response.Headers.RetryAfter?.Delta;

    private static async Task<string> ReadCappedAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > MaxAnswerBytes) throw new PermanentConnectorException($"Takealot {what}: the answer is larger than {MaxAnswerBytes} bytes");
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxAnswerBytes) throw new PermanentConnectorException($"Takealot {what}: the answer is larger than {MaxAnswerBytes} bytes");
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static JsonNode? Parse(string text, string what)
    {
        try { return JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException e) { throw new TransientConnectorException($"Takealot {what}: the answer is not JSON ({e.Message})", e); }
    }

    private static Uri Root(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
