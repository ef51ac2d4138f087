namespace Stockbridge.Engine.Errors;

/// <summary>The classes of error the store records on a job (<c>JobFailure.Kind</c>).</summary>
public static class ErrorKinds
{
    /// <summary>May pass: retried with backoff.</summary>
    public const string Transient = "transient";
    /// <summary>The remote side asked us to wait: retried after its wait, not counted as a failure.</summary>
    public const string RateLimited = "rate_limited";
    /// <summary>Retrying cannot fix it: the job fails at once, with its reason and payload kept.</summary>
    public const string Permanent = "permanent";
    /// <summary>Not an error of the job: its connection was disabled while it ran; it waits parked, not counted as a failure.</summary>
    public const string Parked = "parked";
}
