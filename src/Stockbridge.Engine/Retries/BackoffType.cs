namespace Stockbridge.Engine.Retries;

/// <summary>How the wait before a retry grows with each failure.</summary>
public enum BackoffType
{
    /// <summary>The same wait every time: <c>Delay</c>.</summary>
    Constant,
    /// <summary>A wait that grows by <c>Delay</c> each time: <c>Delay · n</c>.</summary>
    Linear,
    /// <summary>A wait that doubles each time: <c>Delay · 2^(n-1)</c>.</summary>
    Exponential,
}
