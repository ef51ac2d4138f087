namespace Stockbridge.Connectors.Errors;

/// <summary>
/// A failure that may pass (timeout, 5xx, refused connection): retried with exponential backoff and full jitter.
/// </summary>
public class TransientConnectorException : ConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What failed, for a person.</param>
    /// <param name="inner">The underlying error.</param>
    /// <param name="outcomeUnknown">True when the remote side may have done the work (e.g. a timeout after the request was sent).</param>
    public TransientConnectorException(string message, Exception? inner = null, bool outcomeUnknown = false)
        : base(message, inner) => OutcomeUnknown = outcomeUnknown;

    /// <summary>True when the remote side may have committed the work before the failure.</summary>
    public bool OutcomeUnknown { get; }
}
