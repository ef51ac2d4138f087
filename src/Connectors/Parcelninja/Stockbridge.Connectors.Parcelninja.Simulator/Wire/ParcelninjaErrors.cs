using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Wire;

/// <summary>How the API refuses a request: the status, <c>x-parcelninja-error-message</c>, and a JSON body <c>{message}</c>.</summary>
public static class ParcelninjaErrors
{
    /// <summary>The error message header.</summary>
    public const string MessageHeader = "x-parcelninja-error-message";

    /// <summary>Writes the refusal.</summary>
    public static async Task WriteAsync(HttpContext http, int status, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = status;
        http.Response.Headers[MessageHeader] = HeaderSafe(message);
        await http.Response.WriteAsJsonAsync(new { message }, http.RequestAborted);
    }

    /// <summary>The message as a header value: printable ASCII on one line.</summary>
    public static string HeaderSafe(string message) =>
        new([.. (message ?? "").Select(c => c is >= ' ' and <= '~' ? c : ' ')]);
}
