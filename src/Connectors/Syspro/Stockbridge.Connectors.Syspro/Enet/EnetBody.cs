using System.Text;
using System.Text.Json;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// Decodes an e.net reply body: Windows-1252 unless the XML declaration says otherwise, and unwrapped when a version
/// sends it as a JSON-quoted string.
/// </summary>
internal static class EnetBody
{
    static EnetBody() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 100));
        var encoding = head.Contains("utf-8", StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8 : Encoding.GetEncoding(1252);
        var text = encoding.GetString(body);
        if (text.TrimStart().StartsWith('"'))
        {
            try { text = JsonSerializer.Deserialize<string>(text) ?? ""; }
            catch (JsonException) { /* not JSON after all: keep the raw text */ }
        }
        return text;
    }

    /// <summary>Plain-text replies that start with ERROR: (logon failures, dead sessions, unlicensed objects).</summary>
    public static bool IsError(string text) => text.TrimStart().StartsWith("ERROR", StringComparison.OrdinalIgnoreCase);

    /// <summary>An error saying the UserId is no longer a live session (evicted by another logon, expired, logged off).</summary>
    public static bool IsSessionError(string text) =>
        IsError(text) && (text.Contains("UserId", StringComparison.OrdinalIgnoreCase)
                          || text.Contains("session", StringComparison.OrdinalIgnoreCase)
                          || text.Contains("not logged", StringComparison.OrdinalIgnoreCase));
}
