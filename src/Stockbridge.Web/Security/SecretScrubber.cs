using Stockbridge.Storage.Connections;

namespace Stockbridge.Web.Security;

/// <summary>Removes a connection's secret values from text a connector produced before it is shown or logged.</summary>
public static class SecretScrubber
{
    /// <summary>The mask put in place of a secret.</summary>
    public const string Mask = "********";

    /// <summary>The text with every secret value of the connection replaced by <see cref="Mask"/>.</summary>
    public static string Scrub(string? text, ConnectionRecord connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = text ?? "";
        foreach (var secret in connection.Secrets.Values.Where(v => v.Length >= 3).OrderByDescending(v => v.Length))
            result = result.Replace(secret, Mask, StringComparison.Ordinal);
        return result;
    }
}
