using Microsoft.AspNetCore.Http;

namespace Stockbridge.Simulators.Faults;

/// <summary>
/// How a simulator's system answers when a fault refuses a call: its server-error body and its rate-limit answer
/// (status, headers such as Shopify's <c>Retry-After: 2.0</c> or WooCommerce's, and body). A rule's own
/// <see cref="FaultRule.Status"/> and <see cref="FaultRule.Body"/> win.
/// </summary>
public sealed record FaultReplies
{
    /// <summary>The answers of a plain HTTP server: 500 "Internal Server Error", 429 with <c>Retry-After: 1</c>.</summary>
    public static FaultReplies Default { get; } = new();

    /// <summary>The status of a server error. <value>500</value></summary>
    public int ServerErrorStatus { get; init; } = StatusCodes.Status500InternalServerError;

    /// <summary>The body of a server error. <value>Internal Server Error</value></summary>
    public string ServerErrorBody { get; init; } = "Internal Server Error";

    /// <summary>The content type of a server error; null sends none.</summary>
    public string? ServerErrorContentType { get; init; }

    /// <summary>The status of a throttled call. <value>429</value></summary>
    public int ThrottleStatus { get; init; } = StatusCodes.Status429TooManyRequests;

    /// <summary>The headers of a throttled call, e.g. <c>Retry-After</c>.</summary>
    public IReadOnlyDictionary<string, string> ThrottleHeaders { get; init; } = new Dictionary<string, string> { ["Retry-After"] = "1" };

    /// <summary>The body of a throttled call. <value>empty</value></summary>
    public string ThrottleBody { get; init; } = "";

    /// <summary>The content type of a throttled call; null sends none.</summary>
    public string? ThrottleContentType { get; init; }

    /// <summary>Writes the throttled answer instead of the fields above, for a system whose answer depends on the call.</summary>
    public Func<HttpContext, FaultRule, Task>? WriteThrottled { get; init; }

    /// <summary>Turns a response body into its malformed form. <value>the first half</value></summary>
    public Func<byte[], byte[]> Malform { get; init; } = MalformedPayload.Truncate;
}
