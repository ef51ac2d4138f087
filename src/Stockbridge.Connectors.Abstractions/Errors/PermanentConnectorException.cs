namespace Stockbridge.Connectors.Errors;

/// <summary>
/// A failure that retrying cannot fix (unknown StockCode, credit limit exceeded, malformed payload).
/// The job fails at once with this reason and its payload kept; it can be replayed once data or mapping is fixed.
/// </summary>
/// <param name="message">The reason, for a person (the remote system's own words where it gave any).</param>
/// <param name="code">The remote system's error code, if any.</param>
public sealed class PermanentConnectorException(string message, string? code = null) : ConnectorException(message)
{
    /// <summary>The remote system's error code, if any.</summary>
    public string? Code { get; } = code;
}
