using Microsoft.AspNetCore.Builder;
using Stockbridge.Connectors.ISync.Simulator.State;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.ISync.Simulator.Hosting;

/// <summary>
/// A running iSync simulator seen from outside the hub (<see cref="ISourceSimulator"/>): an iSync user changing prices and
/// stock, and the sales orders iSync holds, valued as iSync values them (each line round(Units × SellingPrice, 2), service
/// lines included).
/// </summary>
public sealed class RunningISyncSimulator(WebApplication app, Uri baseUrl, ISyncCompany company, FaultInjector faults, ISyncSimulatorOptions options)
    : ISourceSimulator
{
    private int _nextChange;

    /// <summary>The connection setting keys (the connector's manifest keys).</summary>
    private const string BaseUrlKey = "base_url", UsernameKey = "username", PasswordKey = "password", CustomerKey = "customer_code";

    /// <inheritdoc />
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The company's state.</summary>
    public ISyncCompany Company { get; } = company;

    /// <summary>Faults on demand (also at <c>/admin/faults</c>).</summary>
    public FaultInjector Faults { get; } = faults;

    /// <summary>How many products were seeded.</summary>
    public int Products => options.Products;

    /// <inheritdoc />
    public IReadOnlyList<SimulatorBannerLine> Banner =>
    [
        new("contract", "ASSUMED — not verified against iSync (docs/connectors/isync-assumed-contract.md)"),
        new("API URL", new Uri(BaseUrl, "api/v1/").ToString()),
        new("login", $"{options.Username} / {options.Password} (tokens last {options.TokenLifetime.TotalMinutes:0} min)"),
        new("products", $"{options.Products} JobProductIDs, warehouse {options.Warehouse}"),
        new("admin", $"{BaseUrl}admin/faults, {BaseUrl}admin/items/{{sku}}, {BaseUrl}admin/password, {BaseUrl}admin/sessions/expire, {BaseUrl}admin/orders"),
    ];

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> ConnectionSettings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [BaseUrlKey] = BaseUrl.ToString(),
        [UsernameKey] = options.Username,
        [PasswordKey] = options.Password,
        [CustomerKey] = SampleCompany.WebCustomer,
    };

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> BadCredentialSettings { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [PasswordKey] = "not-the-isync-password" };

    /// <inheritdoc />
    public SourceSampleCodes Samples => new(SampleCompany.JobProductId(1), SampleCompany.WebCustomer, PriceTier: "SellingPrice", CompareAtTier: "RetailSellingPrice");

    /// <inheritdoc />
    public Task<string> ChangeOneProductAsync(CancellationToken cancellationToken)
    {
        // Round the Active products (an Ignore one is never read, a Delete one is read inactive), at a price not set before.
        for (var tries = 0; ; tries++)
        {
            var change = Interlocked.Increment(ref _nextChange);
            var n = 1 + change % Math.Max(1, options.Products);
            var code = SampleCompany.JobProductId(n);
            var sku = SampleCompany.HasVariants(n) ? $"{code}-{SampleCompany.Sizes[0]}" : code;
            if (Company.FindItem(sku) is not { WebSale: WebSaleValues.Active } && tries < options.Products) continue;
            Company.ChangeItem(sku, item => item.SellingPrice = 1000m + change + 0.37m);
            return Task.FromResult(code);
        }
    }

    /// <inheritdoc />
    public Task SetStockAsync(string sku, decimal quantity, CancellationToken cancellationToken)
    {
        Company.ChangeItem(sku, item => item.AvailableUnits = quantity);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SourceOrderState>> FindOrdersAsync(string channelOrderCode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SourceOrderState>>([.. Company.FindOrders(channelOrderCode)
            .Select(o => new SourceOrderState(o.OrderNumber, o.CustomerCode, o.Total, o.Lines.Count))]);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
