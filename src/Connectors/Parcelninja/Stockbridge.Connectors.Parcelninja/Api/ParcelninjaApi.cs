using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Parcelninja.Api;

/// <summary>
/// The Store API v1 client: Basic auth with the API username and password, JSON in and out, and Parcelninja's refusals
/// (<c>x-parcelninja-error-message</c> or the body's <c>message</c>) turned into the hub's errors: 401/403 and other 4xx
/// permanent, 429 rate limited, 5xx and network failures transient (outcome unknown for anything but a GET). A 404 is
/// returned as null for the caller to judge. Bodies over <see cref="MaxBodyBytes"/> are refused.
/// </summary>
public sealed class ParcelninjaApi(ParcelninjaSettings settings, HttpClient http)
{
    /// <summary>The header a successful create carries the new outbound's id in.</summary>
    public const string OutboundIdHeader = "x-parcelninja-outbound-id";

    /// <summary>The header Parcelninja puts its error message in.</summary>
    public const string ErrorMessageHeader = "x-parcelninja-error-message";

    /// <summary>The largest answer read.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    private readonly Uri _baseUrl = settings.BaseUrl.AbsoluteUri.EndsWith('/') ? settings.BaseUrl : new Uri(settings.BaseUrl.AbsoluteUri + "/");
    private readonly AuthenticationHeaderValue _auth =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.Username + ":" + settings.Password)));

    /// <summary>GETs a path below the base URL; null for 404.</summary>
    public Task<ParcelninjaResponse?> GetAsync(string path, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? headers = null, JsonNode? body = null) =>
        SendAsync(HttpMethod.Get, path, body, cancellationToken, headers);

    /// <summary>Sends a request; returns the answer (null for 404) or throws the hub's error for a refusal.</summary>
    public async Task<ParcelninjaResponse?> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        using var request = new HttpRequestMessage(method, new Uri(_baseUrl, path));
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var what = $"{method} {path}";
        var unknown = method != HttpMethod.Get;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var text = await ReadLimitedAsync(response.Content, what, cancellationToken);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotFound) return null;
            if (response.IsSuccessStatusCode) return new ParcelninjaResponse(status, HeadersOf(response), Parse(text, what));
            var reason = $"Parcelninja {what}: {status} {ErrorText(response, text)}";
            throw response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new PermanentConnectorException(
                    $"Parcelninja refused the API username and password ({status} {ErrorText(response, text)}); check them under User management > API Keys."),
                HttpStatusCode.TooManyRequests => new RateLimitedException(reason, response.Headers.RetryAfter?.Delta),
                >= HttpStatusCode.InternalServerError => new TransientConnectorException(reason, outcomeUnknown: unknown),
                _ => new PermanentConnectorException(reason),
            };
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"Parcelninja {what}: {e.Message}", e, outcomeUnknown: unknown);
        }
        catch (IOException e)
        {
            throw new TransientConnectorException($"Parcelninja {what}: the answer was cut off ({e.Message})", e, outcomeUnknown: unknown);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientConnectorException($"Parcelninja {what}: no answer in time", e, outcomeUnknown: unknown);
        }
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, string what, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > MaxBodyBytes) throw new PermanentConnectorException($"Parcelninja {what}: the answer is larger than {MaxBodyBytes} bytes.");
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) throw new PermanentConnectorException($"Parcelninja {what}: the answer is larger than {MaxBodyBytes} bytes.");
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static JsonElement? Parse(string text, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new TransientConnectorException($"Parcelninja {what}: the answer is not valid JSON ({e.Message})", e);
        }
    }

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .GroupBy(h => h.Key.ToLowerInvariant())
            .ToDictionary(g => g.Key, g => string.Join(",", g.SelectMany(h => h.Value)), StringComparer.Ordinal);

    /// <summary>Parcelninja's own words: the error header, else the body's <c>message</c>, else the body (cut to 200 characters).</summary>
    private static string ErrorText(HttpResponseMessage response, string body)
    {
        if (response.Headers.TryGetValues(ErrorMessageHeader, out var values) && values.FirstOrDefault() is { Length: > 0 } header) return header;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                return m.GetString()!;
        }
        catch (JsonException)
        {
            // not JSON: the raw text below
        }
        var text = body.Trim();
        return text.Length == 0 ? "(no message)" : text.Length > 200 ? text[..200] : text;
    }
}
