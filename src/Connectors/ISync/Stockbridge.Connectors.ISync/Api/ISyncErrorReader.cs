using System.Net;
using System.Text.Json;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Wire;

namespace Stockbridge.Connectors.ISync.Api;

/// <summary>
/// Turns an iSync refusal (assumed shape <c>{"Error": {"Code", "Message"}}</c>) into the hub's errors with iSync's code and
/// message: 429 rate limited (with Retry-After), 5xx transient (outcome unknown for a write), anything else permanent
/// carrying iSync's code (e.g. <c>DuplicatePONumber</c>, <c>UnknownProductStockID</c>).
/// </summary>
public static class ISyncErrorReader
{
    /// <summary>The longest piece of a non-JSON body quoted in a message.</summary>
    public const int QuotedBodyLength = 200;

    /// <summary>The error for a refused call.</summary>
    public static ConnectorException For(HttpStatusCode status, string body, TimeSpan? retryAfter, string what, bool isWrite)
    {
        var (code, message) = Read(body);
        var reason = $"iSync refused {what}: {(int)status} {code}: {message}";
        return status switch
        {
            HttpStatusCode.TooManyRequests => new RateLimitedException(reason, retryAfter),
            >= HttpStatusCode.InternalServerError => new TransientConnectorException(reason, outcomeUnknown: isWrite),
            HttpStatusCode.RequestTimeout => new TransientConnectorException(reason, outcomeUnknown: isWrite),
            _ => new PermanentConnectorException(reason, code),
        };
    }

    /// <summary>iSync's error code and message from a body (the status's name and the quoted body when it is not the error shape).</summary>
    public static (string Code, string Message) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.Prop("Error") is { ValueKind: JsonValueKind.Object } error
                && error.Str("Code") is { Length: > 0 } code)
                return (code, error.Str("Message") ?? "(no message)");
        }
        catch (JsonException)
        {
            // Not the error shape: quote the body.
        }
        var quoted = body.Length > QuotedBodyLength ? body[..QuotedBodyLength] + "…" : body;
        return ("Unknown", quoted.Length == 0 ? "(empty body)" : quoted);
    }
}
