namespace Stockbridge.Web.Console.Html;

/// <summary>The "next page" link of a keyset-paged console list.</summary>
internal static class Pager
{
    public static string Next(string path, int count, int limit, string? lastCursor, string extraQuery = "") =>
        count < limit || lastCursor is null
            ? ""
            : $"<p><a class=\"next\" href=\"{Html.E($"{path}?after={Uri.EscapeDataString(lastCursor)}{extraQuery}")}\">Next page →</a></p>";
}
