using System.Security.Cryptography;

namespace Stockbridge.Connectors.Takealot.Simulator.Wire;

/// <summary>The seller's one API key (regenerating it invalidates the old one) and whether Takealot has blocked it.</summary>
public sealed class TakealotKeys(string key)
{
    /// <summary>The key requests must carry.</summary>
    public string Current { get; private set; } = key;

    /// <summary>Takealot blocked the key (excessive polling): every request is refused.</summary>
    public bool Blocked { get; set; }

    /// <summary>A new key, as the Seller Portal's "regenerate" makes; the old one stops working.</summary>
    public string Regenerate() => Current = NewKey();

    /// <summary>A random key.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
