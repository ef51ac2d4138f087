using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.WooCommerce.Settings;

namespace Stockbridge.Connectors.WooCommerce.Api;

/// <summary>
/// Calls the WooCommerce REST API v3: HTTP Basic with the consumer key and secret over https, OAuth 1.0a (HMAC-SHA256, in the
/// query string) over plain http; errors through <see cref="WooErrorReader"/>. It never retries on its own.
/// </summary>
public sealed class WooCommerceRestClient(ConnectionContext context, WooCommerceSettings settings)
{
    private static readonly JsonSerializerOptions Write = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    /// <summary>One page of a list.</summary>
    public async Task<WooPage> GetPageAsync(string path, IReadOnlyList<KeyValuePair<string, string>> query, int page, CancellationToken ct)
    {
        List<KeyValuePair<string, string>> paged = [.. query, new("per_page", WooCommerceConstants.PageSize.ToString(CultureInfo.InvariantCulture)),
            new("page", page.ToString(CultureInfo.InvariantCulture))];
        var (body, headers) = await SendAsync(HttpMethod.Get, path, paged, null, allowNotFound: false, ct);
        var hasNext = headers.TryGetValues("X-WP-TotalPages", out var totals)
                && int.TryParse(totals.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)
                ? page < total
                : headers.TryGetValues("Link", out var links) && links.Any(l => l.Contains("rel=\"next\"", StringComparison.Ordinal));
        return new WooPage(body ?? default, hasNext);
    }

    /// <summary>A record, or null when WooCommerce answers 404.</summary>
    public async Task<JsonElement?> GetOrNullAsync(string path, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Get, path, [], null, allowNotFound: true, ct)).Body;

    /// <summary>A write (POST or PUT) with a JSON body; the answer's JSON.</summary>
    public async Task<JsonElement> WriteAsync(HttpMethod method, string path, object body, CancellationToken ct) =>
        (await SendAsync(method, path, [], body, allowNotFound: false, ct)).Body
        ?? throw new TransientConnectorException($"WooCommerce answered {method} {path} with no body.", outcomeUnknown: true);

    private async Task<(JsonElement? Body, HttpResponseHeaders Headers)> SendAsync(
        HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> query, object? body, bool allowNotFound, CancellationToken ct)
    {
        var isWrite = method != HttpMethod.Get;
        var what = $"{method} {path}";
        using var request = new HttpRequestMessage(method, Url(method, path, query));
        if (settings.UsesBasicAuth)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.ConsumerKey}:{settings.ConsumerSecret}")));
        if (body is not null)
            request.Content = new StringContent(JsonSerializer.Serialize(body, Write), Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await context.Http.SendAsync(request, ct);
        }
        catch (HttpRequestException e)
        {
            throw new TransientConnectorException($"WooCommerce could not be reached for {what}: {e.Message}", e, outcomeUnknown: isWrite);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new TransientConnectorException($"WooCommerce did not answer {what} in time.", e, outcomeUnknown: isWrite);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound) return (null, response.Headers);
            if (!response.IsSuccessStatusCode)
                throw WooErrorReader.For(response.StatusCode, text, RetryAfter(response), what, isWrite);
            try
            {
                using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
                return (document.RootElement.Clone(), response.Headers);
            }
            catch (JsonException e)
            {
                throw new TransientConnectorException($"WooCommerce answered {what} with a body that is not JSON: {e.Message}", e, outcomeUnknown: isWrite);
            }
        }
    }

    /// <summary>The request URL: the REST base, the path and the query; over http, the OAuth 1.0a parameters signed over them.</summary>
    internal Uri Url(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> query)
    {
        var url = new Uri(settings.RestBase, path.TrimStart('/'));
        var parameters = query.ToList();
        if (!settings.UsesBasicAuth)
        {
            var unsigned = WithQuery(url, parameters);
            var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            parameters.AddRange(OAuth1Signer.Sign(method.Method, unsigned, settings.ConsumerKey, settings.ConsumerSecret,
                context.Time.GetUtcNow().ToUnixTimeSeconds(), nonce));
        }
        return WithQuery(url, parameters);
    }

    private static Uri WithQuery(Uri url, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        parameters.Count == 0 ? url
            : new Uri(url.AbsoluteUri + "?" + string.Join("&", parameters.Select(p => PercentEncoding.Encode(p.Key) + "=" + PercentEncoding.Encode(p.Value))));

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta;
}
