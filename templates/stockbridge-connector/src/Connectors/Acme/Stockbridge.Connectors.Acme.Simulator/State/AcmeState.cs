namespace Stockbridge.Connectors.Acme.Simulator.State;

/// <summary>Everything the simulated system holds, behind one lock.</summary>
public sealed class AcmeState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _next = 1000;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;
    /// <summary>Products by SKU.</summary>
    public Dictionary<string, AcmeProduct> Products { get; } = new(StringComparer.Ordinal);
    /// <summary>Orders in the order they were placed.</summary>
    public List<AcmeOrder> Orders { get; } = [];
    /// <summary>Customer accounts.</summary>
    public List<AcmeCustomer> Customers { get; } = [];
    /// <summary>Sales orders raised.</summary>
    public List<AcmeSalesOrder> SalesOrders { get; } = [];
    /// <summary>Shipments.</summary>
    public List<AcmeShipment> Shipments { get; } = [];

    /// <summary>Runs <paramref name="action"/> under the state's lock.</summary>
    public T Read<T>(Func<AcmeState, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate) return action(this);
    }

    /// <summary>The next number in the system's one sequence (ids, order codes, sales order numbers).</summary>
    public int NextNumber() => Interlocked.Increment(ref _next);
}
