using System.Diagnostics;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// Counts the hub's Admin API calls to the shop as they leave the process: how many, of which kind (read from the
/// answer), how long each took, the points each really cost (<c>extensions.cost.actualQueryCost</c>: a query is charged
/// its requested cost up front and refunded the difference), and how many came back THROTTLED (the connector re-sends
/// those itself, so only the wire sees them).
/// </summary>
internal sealed class ShopifyCallMeter
{
    private long _calls;
    private long _productSets;
    private long _stockSets;
    private long _locationReads;
    private long _throttled;
    private long _ticks;
    private long _actualPoints;
    private long _locationPoints;
    private const string ActualCost = "\"actualQueryCost\":";

    public ShopifyCallCounts Snapshot() => new(
        Interlocked.Read(ref _calls), Interlocked.Read(ref _productSets), Interlocked.Read(ref _stockSets),
        Interlocked.Read(ref _locationReads), Interlocked.Read(ref _throttled), Interlocked.Read(ref _actualPoints), Interlocked.Read(ref _locationPoints), TimeSpan.FromSeconds((double)Interlocked.Read(ref _ticks) / Stopwatch.Frequency));

    public void Record(string body, bool throttled, long elapsedTimestamp)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _ticks, elapsedTimestamp);
        var points = ActualPoints(body);
        Interlocked.Add(ref _actualPoints, points);
        if (throttled) Interlocked.Increment(ref _throttled);
        else if (body.Contains("\"inventorySetQuantities\"", StringComparison.Ordinal)) Interlocked.Increment(ref _stockSets);
        else if (body.Contains("\"locations\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _locationReads);
            Interlocked.Add(ref _locationPoints, points);
        }
        else if (body.Contains("\"p0\"", StringComparison.Ordinal)) Interlocked.Increment(ref _productSets);
    }

    private static long ActualPoints(string body)
    {
        var at = body.IndexOf(ActualCost, StringComparison.Ordinal);
        if (at < 0) return 0;
        var digits = body.AsSpan(at + ActualCost.Length);
        var end = 0;
        while (end < digits.Length && char.IsAsciiDigit(digits[end])) end++;
        return end == 0 ? 0 : long.Parse(digits[..end], System.Globalization.CultureInfo.InvariantCulture);
    }
}
