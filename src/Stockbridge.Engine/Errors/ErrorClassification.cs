namespace Stockbridge.Engine.Errors;

/// <summary>What kind of failure an exception is.</summary>
/// <param name="Kind">One of <see cref="ErrorKinds"/>.</param>
/// <param name="Reason">The failure stamp, for a person.</param>
/// <param name="RetryAfter">For a rate-limited failure, the wait the remote side asked for, if it said.</param>
/// <param name="CountsAsFailure">False for rate-limited waits, which do not use up retries.</param>
public sealed record ErrorClassification(string Kind, string Reason, TimeSpan? RetryAfter, bool CountsAsFailure)
{
    /// <summary>True when retrying cannot help.</summary>
    public bool IsPermanent => Kind == ErrorKinds.Permanent;
}
