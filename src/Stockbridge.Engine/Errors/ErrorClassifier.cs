using System.Net.Sockets;
using Stockbridge.Connectors.Errors;
using Stockbridge.Engine.HostAccess;

namespace Stockbridge.Engine.Errors;

/// <summary>
/// Sorts an exception a handler threw into transient, rate-limited or permanent. Only a connector's explicit
/// <see cref="PermanentConnectorException"/> fails a job at once; anything unknown is retried, because giving up on
/// work that might have succeeded is worse than trying it again. A call the operator's allow-list refused
/// (<see cref="OutboundAddressRefusedException"/>, however a connector wrapped it) is permanent too: no retry reaches it.
/// </summary>
public sealed class ErrorClassifier
{
    /// <summary>Classifies <paramref name="error"/>.</summary>
    public ErrorClassification Classify(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reason = FailureStamp.Of(error);
        if (OutboundAddressRefusedException.FindIn(error) is not null) return new(ErrorKinds.Permanent, reason, null, CountsAsFailure: true);
        return error switch
        {
            PermanentConnectorException => new(ErrorKinds.Permanent, reason, null, CountsAsFailure: true),
            RateLimitedException limited => new(ErrorKinds.RateLimited, reason, limited.RetryAfter, CountsAsFailure: false),
            TransientConnectorException or HttpRequestException or TimeoutException or OperationCanceledException
                or IOException or SocketException => new(ErrorKinds.Transient, reason, null, CountsAsFailure: true),
            _ => new(ErrorKinds.Transient, reason, null, CountsAsFailure: true),
        };
    }
}
