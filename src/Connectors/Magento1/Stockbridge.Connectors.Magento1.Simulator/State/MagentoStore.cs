using System.Globalization;

namespace Stockbridge.Connectors.Magento1.Simulator.State;

/// <summary>Everything the simulated Magento store holds, behind one lock: catalogue, orders, shipments and API sessions.</summary>
public sealed partial class MagentoStore(MagentoSettings settings, TimeProvider time)
{
    /// <summary>The date format Magento's API reads and writes (UTC).</summary>
    public const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>The attribute sets of a fresh store (Default is 4, as in a fresh Magento install).</summary>
    public static IReadOnlyDictionary<int, string> AttributeSets { get; } = new Dictionary<int, string> { [4] = "Default", [9] = "Clothing" };

    /// <summary>The attributes a set requires a value for (Clothing: size); Default requires none beyond the fixed ones.</summary>
    public static IReadOnlyDictionary<int, string[]> RequiredAttributes { get; } = new Dictionary<int, string[]> { [9] = ["size"] };

    private readonly Lock _gate = new();
    private readonly Dictionary<string, MagentoProduct> _products = new(StringComparer.Ordinal);
    private readonly List<MagentoOrder> _orders = [];
    private readonly Dictionary<string, MagentoSession> _sessions = new(StringComparer.Ordinal);
    private int _nextProductId = 1;
    private int _nextOrderId = 1;
    private int _nextItemId = 1;
    private int _nextShipmentId = 1;
    private int _nextTrackId = 1;

    /// <summary>The store's configuration.</summary>
    public MagentoSettings Settings { get; } = settings;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Formats a time as Magento's API does.</summary>
    public static string FormatDate(DateTimeOffset at) => at.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Formats an amount as Magento's API does (four decimals).</summary>
    public static string FormatAmount(decimal amount) => amount.ToString("0.0000", CultureInfo.InvariantCulture);

    private DateTimeOffset Now() => Time.GetUtcNow();
}
