using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Magento2.Settings;

namespace Stockbridge.Connectors.Magento2.Api;

/// <summary>
/// Magento's REST API over HTTP: each call authenticated per the connection's method (OAuth 1.0a signature, Bearer access
/// token, or an admin token fetched and, on a 401, fetched again once and the call re-sent), answers read up to a size
/// limit, and refusals turned into the hub's errors with Magento's message rendered (429: rate limited; 5xx and network
/// failures: transient; other 4xx: permanent).
/// </summary>
public sealed class MagentoRestClient(Magento2Settings settings, HttpClient http, TimeProvider time)
{
    /// <summary>The largest answer read (a page of 300 orders is far below it).</summary>
    public const int MaxAnswerBytes = 32 * 1024 * 1024;

    private readonly OAuth1Signer? _signer = settings.AuthMethod == "integration_oauth"
        ? new OAuth1Signer(settings.ConsumerKey!, settings.ConsumerSecret!, settings.AccessToken!, settings.AccessTokenSecret!, time)
        : null;
    private readonly SemaphoreSlim _login = new(1, 1);
    private string? _adminToken;

    /// <summary>GETs a route below <c>V1</c>; null for a 404.</summary>
    public async Task<JsonNode?> GetOrNullAsync(string route, IReadOnlyList<KeyValuePair<string, string>>? query, CancellationToken ct, string? storeCode = null)
    {
        var answer = await SendRawAsync(HttpMethod.Get, route, query, null, storeCode, "V1", ct);
        return answer.Status == HttpStatusCode.NotFound ? null : Ensure(answer, HttpMethod.Get, route);
    }

    /// <summary>GETs a route below <c>V1</c>; a 404 is a permanent error.</summary>
    public async Task<JsonNode?> GetAsync(string route, IReadOnlyList<KeyValuePair<string, string>>? query, CancellationToken ct, string? storeCode = null) =>
        Ensure(await SendRawAsync(HttpMethod.Get, route, query, null, storeCode, "V1", ct), HttpMethod.Get, route);

    /// <summary>Sends a JSON body to a route (below <c>V1</c>, or <c>async/bulk/V1</c> with <paramref name="form"/>).</summary>
    public async Task<JsonNode?> SendAsync(HttpMethod method, string route, JsonNode? body, CancellationToken ct, string? storeCode = null, string form = "V1") =>
        Ensure(await SendRawAsync(method, route, null, body, storeCode, form, ct), method, route);

    private JsonNode? Ensure(RestAnswer answer, HttpMethod method, string route)
    {
        if ((int)answer.Status is >= 200 and < 300)
        {
            try { return string.IsNullOrWhiteSpace(answer.Body) ? null : JsonNode.Parse(answer.Body); }
            catch (JsonException e) { throw new TransientConnectorException($"{method} {route}: Magento answered {(int)answer.Status} with a body that is not JSON ({e.Message})"); }
        }
        var reason = $"{method} {route}: {(int)answer.Status} {MagentoErrorReader.Read(answer.Body)}";
        throw answer.Status switch
        {
            HttpStatusCode.TooManyRequests => new RateLimitedException(reason, answer.RetryAfter),
            >= HttpStatusCode.InternalServerError => new TransientConnectorException(reason, outcomeUnknown: method != HttpMethod.Get),
            _ => new PermanentConnectorException(reason, ((int)answer.Status).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private async Task<RestAnswer> SendRawAsync(HttpMethod method, string route, IReadOnlyList<KeyValuePair<string, string>>? query, JsonNode? body, string? storeCode, string form, CancellationToken ct)
    {
        var answer = await SendOnceAsync(method, route, query, body, storeCode, form, ct);
        if (answer.Status != HttpStatusCode.Unauthorized || settings.AuthMethod != "admin_token" || answer.UsedToken is null) return answer;
        // The admin token expired (4 hours by default) or was revoked: fetch a new one once and send the call again.
        await RenewAdminTokenAsync(answer.UsedToken, ct);
        return await SendOnceAsync(method, route, query, body, storeCode, form, ct);
    }

    private async Task<RestAnswer> SendOnceAsync(HttpMethod method, string route, IReadOnlyList<KeyValuePair<string, string>>? query, JsonNode? body, string? storeCode, string form, CancellationToken ct)
    {
        var url = new Uri(settings.RestBase(storeCode ?? settings.StoreCode, form), route);
        var fullUrl = query is { Count: > 0 }
            ? new Uri(url.AbsoluteUri + "?" + string.Join('&', query.Select(q => OAuth1Signer.Encode(q.Key) + "=" + OAuth1Signer.Encode(q.Value))))
            : url;
        using var request = new HttpRequestMessage(method, fullUrl);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        string? usedToken = null;
        if (_signer is not null) request.Headers.TryAddWithoutValidation("Authorization", _signer.Header(method.Method, url, query ?? []));
        else
        {
            usedToken = settings.AuthMethod == "admin_token" ? await AdminTokenAsync(ct) : settings.AccessToken!;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", usedToken);
            if (settings.AuthMethod != "admin_token") usedToken = null;
        }
        return await ExchangeAsync(request, method, route, usedToken, ct);
    }

    private async Task<RestAnswer> ExchangeAsync(HttpRequestMessage request, HttpMethod method, string route, string? usedToken, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var text = await ReadBoundedAsync(response.Content, ct);
            return new RestAnswer(response.StatusCode, text, response.Headers.RetryAfter?.Delta, usedToken);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"{method} {route}: {e.Message}", e, outcomeUnknown: method != HttpMethod.Get);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TransientConnectorException($"{method} {route}: no answer in time", e, outcomeUnknown: method != HttpMethod.Get);
        }
    }

    private string CacheKey => AdminTokenCache.Key(settings.BaseUrl, settings.AdminUsername ?? "", settings.AdminPassword ?? "");

    private async Task<string> AdminTokenAsync(CancellationToken ct)
    {
        if ((_adminToken ??= AdminTokenCache.Get(CacheKey)) is { } token) return token;
        await _login.WaitAsync(ct);
        try { return _adminToken ??= await LoginAsync(ct); }
        finally { _login.Release(); }
    }

    private async Task RenewAdminTokenAsync(string expired, CancellationToken ct)
    {
        await _login.WaitAsync(ct);
        try
        {
            AdminTokenCache.Drop(CacheKey, expired);
            if (_adminToken == expired || _adminToken is null) _adminToken = await LoginAsync(ct);
        }
        finally { _login.Release(); }
    }

    private async Task<string> LoginAsync(CancellationToken ct)
    {
        const string route = "integration/admin/token";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.RestBase(settings.StoreCode), route))
        {
            Content = new StringContent(new JsonObject { ["username"] = settings.AdminUsername, ["password"] = settings.AdminPassword }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var answer = await ExchangeAsync(request, HttpMethod.Post, route, null, ct);
        var node = Ensure(answer, HttpMethod.Post, route);
        var token = node is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : throw new PermanentConnectorException($"POST {route}: Magento answered no token");
        AdminTokenCache.Set(CacheKey, token);
        return token;
    }

    private static async Task<string> ReadBoundedAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > MaxAnswerBytes)
            throw new PermanentConnectorException($"Magento's answer is {content.Headers.ContentLength} bytes, more than the {MaxAnswerBytes} read.");
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxAnswerBytes) throw new PermanentConnectorException($"Magento's answer is more than the {MaxAnswerBytes} bytes read.");
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
