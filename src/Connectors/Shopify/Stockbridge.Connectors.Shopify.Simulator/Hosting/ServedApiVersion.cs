using System.Text.RegularExpressions;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>
/// Which Admin API version answers a request, as Shopify decides it: a supported version (or <c>unstable</c>) is served
/// as asked; a well-formed <c>YYYY-MM</c> version that is not supported (retired, or never released) falls forward to
/// the oldest supported stable version; anything else has no endpoint (404). The answer names the version served in
/// <c>X-Shopify-API-Version</c>.
/// </summary>
public static partial class ServedApiVersion
{
    /// <summary>The response header naming the version that served the request.</summary>
    public const string Header = "X-Shopify-API-Version";

    /// <summary>The version that serves <paramref name="requested"/>, or null when the path names no version (404).</summary>
    public static string? Resolve(string requested, IReadOnlyList<string> supported)
    {
        ArgumentNullException.ThrowIfNull(supported);
        if (requested == "unstable" || supported.Contains(requested, StringComparer.Ordinal)) return requested;
        if (!WellFormed().IsMatch(requested)) return null;
        return supported.Where(v => WellFormed().IsMatch(v)).Order(StringComparer.Ordinal).First();
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$", RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
