using System.Net;
using System.Text.Json;
using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.WooCommerce.Api;

/// <summary>
/// Turns a failed answer into the hub's error classes: 429 → <see cref="RateLimitedException"/>; 5xx →
/// <see cref="TransientConnectorException"/> (outcome unknown for writes); any other refusal →
/// <see cref="PermanentConnectorException"/> carrying WordPress's <c>{code, message, data:{status}}</c> in WooCommerce's own words.
/// </summary>
public static class WooErrorReader
{
    public static ConnectorException For(HttpStatusCode status, string body, TimeSpan? retryAfter, string what, bool isWrite)
    {
        var (code, message) = Read(body);
        var n = (int)status;
        if (n == 429)
            return new RateLimitedException($"WooCommerce (or its host) asked to slow down on {what} (HTTP 429){Detail(code, message)}.", retryAfter);
        if (n >= 500 && n != 501)
            return new TransientConnectorException($"WooCommerce failed on {what} (HTTP {n}){Detail(code, message)}.", outcomeUnknown: isWrite);
        if (message is not null)
            return new PermanentConnectorException($"{message} ({code ?? "no code"}, HTTP {n} on {what})", code);
        return new PermanentConnectorException(n == 501
            ? $"The web server refused {what} with HTTP 501 (a firewall such as ModSecurity blocking PUT or DELETE)."
            : $"WooCommerce refused {what} with HTTP {n} and no WordPress error body.", code);
    }

    /// <summary>WordPress's error <c>code</c> and <c>message</c>, when the body is that shape.</summary>
    public static (string? Code, string? Message) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return (root.Str("code"), root.Str("message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    /// <summary>A batch element's <c>error</c>, or null when the element succeeded.</summary>
    public static string? ItemError(JsonElement item) =>
        item.Prop("error") is { } error ? $"{error.Str("message") ?? "WooCommerce refused the item"} ({error.Str("code") ?? "no code"})" : null;

    /// <summary>A batch element's error <c>code</c>, or null.</summary>
    public static string? ItemErrorCode(JsonElement item) => item.Prop("error")?.Str("code");

    private static string Detail(string? code, string? message) => message is null ? "" : $": {message} ({code})";
}
