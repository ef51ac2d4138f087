namespace Stockbridge.Connectors.Errors;

/// <summary>
/// Base of the errors a connector throws. Connectors never retry on their own: they throw one of the
/// subclasses and the engine decides (retry with backoff, wait, or fail with the reason kept).
/// Any other exception a connector lets escape is treated as transient.
/// </summary>
public abstract class ConnectorException : Exception
{
    /// <summary>Creates the error with a human-readable reason.</summary>
    protected ConnectorException(string message, Exception? inner = null) : base(message, inner) { }
}
