namespace Stockbridge.Sync.Push;

/// <summary>How much of a projection a push job writes.</summary>
public enum PushMode
{
    /// <summary>The whole product (create, update, status, prices and quantities).</summary>
    Full,
    /// <summary>Quantities only, when nothing else changed since the last push; falls back to <see cref="Full"/> otherwise.</summary>
    StockOnly,
}
