using Stockbridge.Connectors.ISync.Simulator.Wire;

namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>
/// Everything the simulated iSync company holds, behind one lock: its stock items, its pre-defined service items, its debtor
/// accounts, its sales orders and its login sessions. Every change to a stock item stamps a strictly later
/// <see cref="StockItem.ModifiedDate"/>, so a reader resuming after (ModifiedDate, SKU) misses nothing.
/// </summary>
public sealed partial class ISyncCompany(TimeProvider time, ISyncCredentials credentials, TimeSpan tokenLifetime)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StockItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ServiceItem> _services = new(StringComparer.Ordinal);
    private readonly HashSet<string> _customers = new(StringComparer.Ordinal);
    private readonly List<SalesOrder> _orders = [];
    private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private DateTimeOffset _lastStamp = DateTimeOffset.MinValue;
    private int _nextOrder = 100_000;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>The login the company accepts.</summary>
    public ISyncCredentials Credentials { get; private set; } = credentials;

    /// <summary>How long a token is good for.</summary>
    public TimeSpan TokenLifetime { get; } = tokenLifetime;

    /// <summary>Adds (or replaces) a stock item, stamping it modified now.</summary>
    public void AddItem(StockItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            item.ModifiedDate = NextStamp();
            _items[item.Sku] = item;
        }
    }

    /// <summary>Adds a pre-defined service item (shipping, adjustments).</summary>
    public void AddService(ServiceItem service)
    {
        ArgumentNullException.ThrowIfNull(service);
        lock (_gate) _services[service.Code] = service;
    }

    /// <summary>Adds a debtor account orders may be raised against.</summary>
    public void AddCustomer(string code)
    {
        lock (_gate) _customers.Add(code);
    }

    /// <summary>Runs <paramref name="change"/> on one stock item as an iSync user would, stamping it modified; 404 when there is none.</summary>
    public void ChangeItem(string sku, Action<StockItem> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var item = _items.GetValueOrDefault(sku) ?? throw new KeyNotFoundException($"no stock item '{sku}'");
            change(item);
            item.ModifiedDate = NextStamp();
        }
    }

    /// <summary>Reads a stock item's copy; null when there is none.</summary>
    public StockItem? FindItem(string sku)
    {
        lock (_gate) return _items.GetValueOrDefault(sku) is { } item ? Copy(item) : null;
    }

    /// <summary>Changes the password the company accepts (the merchant changed it: the next login fails).</summary>
    public void ChangePassword(string password)
    {
        lock (_gate) Credentials = Credentials with { Password = password };
    }

    private DateTimeOffset NextStamp()
    {
        var now = Time.GetUtcNow();
        _lastStamp = now > _lastStamp ? now : _lastStamp.AddTicks(1);
        return _lastStamp;
    }

    private static StockItem Copy(StockItem item) => new()
    {
        JobProductId = item.JobProductId,
        Sku = item.Sku,
        JobDescription = item.JobDescription,
        RetailSellingPrice = item.RetailSellingPrice,
        SellingPrice = item.SellingPrice,
        AvailableUnits = item.AvailableUnits,
        WebSale = item.WebSale,
        Options = item.Options,
        ModifiedDate = item.ModifiedDate,
    };

    private static ISyncRequestException Refused(int status, string code, string message) => new(status, code, message);
}
