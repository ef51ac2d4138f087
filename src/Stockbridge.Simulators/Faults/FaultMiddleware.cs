using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Simulators.Faults;

/// <summary>
/// Fault injection for a whole simulator in one line: every call <c>operation</c> names (null: not faulted) is
/// matched against the rules and gets its fault: before the handler (latency, server error, dropped connection,
/// throttle) or after it (timeout after commit: the handler runs and commits, then the answer is withheld; malformed
/// response: the handler's body is cut short).
/// </summary>
public static class FaultMiddleware
{
    /// <summary>Adds the fault step; <paramref name="operation"/> names a call for <see cref="FaultRule.Target"/> (e.g. its path).</summary>
    public static IApplicationBuilder UseFaults(this IApplicationBuilder app, FaultInjector faults, Func<HttpContext, string?> operation,
        FaultReplies? replies = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(operation);
        replies ??= FaultReplies.Default;
        return app.Use(async (http, next) =>
        {
            var fault = operation(http) is { } target ? faults.Match(target) : null;
            if (await FaultResponses.BeforeAsync(http, fault, replies, time)) return;
            if (fault?.Kind is not (FaultKind.TimeoutAfterCommit or FaultKind.MalformedResponse))
            {
                await next(http);
                return;
            }
            var original = http.Response.Body;
            using var buffer = new MemoryStream();
            http.Response.Body = buffer;
            try { await next(http); }
            finally { http.Response.Body = original; }
            if (await FaultResponses.AfterCommitAsync(http, fault, time)) return;
            var body = replies.Malform(buffer.ToArray());
            http.Response.ContentLength = body.Length;
            await original.WriteAsync(body, http.RequestAborted);
        });
    }
}
