using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.Channel;

/// <summary>
/// A stock write the channel refused because a quantity was not the one the hub expected
/// (<see cref="StockPush.ExpectedCurrent"/>, compare-and-swap): a sale or a person changed it since the hub last wrote
/// it, and nothing was written. Transient: <see cref="Current"/> says what the channel holds now, per SKU.
/// </summary>
public class StockConflictException : TransientConnectorException
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What was refused, for a person.</param>
    /// <param name="current">The quantity the channel holds now, per SKU that differed.</param>
    public StockConflictException(string message, IReadOnlyDictionary<string, decimal> current)
        : base(message) => Current = current;

    /// <summary>The quantity the channel holds now, per SKU that differed from the expected one.</summary>
    public IReadOnlyDictionary<string, decimal> Current { get; }
}
