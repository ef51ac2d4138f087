using System.Globalization;
using System.Text.Encodings.Web;

namespace Stockbridge.Web.Console.Html;

/// <summary>HTML encoding for the console's server-rendered pages: every value that is not markup goes through E.</summary>
internal static class Html
{
    /// <summary>The value HTML-encoded (text and attribute safe).</summary>
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    /// <summary>A number, encoded.</summary>
    public static string E(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A time as UTC <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "Z" : "";

    /// <summary>A path segment, URL-encoded then HTML-encoded (for href attributes).</summary>
    public static string Seg(string value) => E(Uri.EscapeDataString(value));

    /// <summary>A badge for a state word.</summary>
    public static string Badge(string? state) => $"<span class=\"badge badge-{E(state)}\">{E(state)}</span>";
}
