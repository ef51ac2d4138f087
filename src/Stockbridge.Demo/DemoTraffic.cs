using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Shopify.Simulator.Shoppers;

namespace Stockbridge.Demo;

/// <summary>
/// Sample traffic: shoppers placing orders on the Shopify simulator, and an ERP user changing prices and stock in
/// SYSPRO. Every order placed is remembered so the verifier can check it was raised exactly once.
/// </summary>
/// <param name="environment">The simulators.</param>
/// <param name="seed">Makes the traffic repeatable.</param>
/// <param name="accountShare">The share of orders placed with a B2B customer's e-mail (they are subject to SYSPRO's credit
/// limits, so a long run will see some refused with SYSPRO's reason); the rest go to the cash account.</param>
/// <param name="discountShare">The share of orders placed with a discount code.</param>
public sealed class DemoTraffic(DemoEnvironment environment, int seed = 7, double accountShare = 0.25, double discountShare = 0.4)
{
    private readonly Random _random = new(seed);
    private readonly List<string> _placed = [];
    private IReadOnlyList<string>? _accountEmails;

    /// <summary>The channel order codes placed so far (e.g. #1001).</summary>
    public IReadOnlyList<string> PlacedOrders { get { lock (_placed) return [.. _placed]; } }
    /// <summary>Orders placed for a B2B account's e-mail (the rest go to the cash account).</summary>
    public int AccountOrders { get; private set; }
    /// <summary>Orders placed with a discount code.</summary>
    public int DiscountedOrders { get; private set; }
    /// <summary>Price and stock changes made in SYSPRO.</summary>
    public int ErpChanges { get; private set; }
    /// <summary>Orders the shop refused (e.g. nothing in stock yet).</summary>
    public int OrdersRefused { get; private set; }

    /// <summary>Places one order for 1-3 in-stock SKUs; returns its code, or null when nothing is in stock on Shopify yet.</summary>
    public async Task<string?> PlaceOrderAsync(CancellationToken cancellationToken)
    {
        var inStock = await environment.Shop.ReadAsync(s => s.Products.Values
            .Where(p => p.Status == "ACTIVE")
            .SelectMany(p => p.Variants)
            .Where(v => v.Sku is not null && s.Levels.Where(l => l.Key.Item == v.InventoryItemId).Sum(l => l.Value) >= 3)
            .Select(v => v.Sku!)
            .ToList(), cancellationToken);
        if (inStock.Count == 0) return null;
        var emails = _accountEmails ??= await ReadAccountEmailsAsync(cancellationToken);
        var useAccount = emails.Count > 0 && _random.NextDouble() < accountShare;
        var lines = inStock.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).Select(sku => new PlaceOrderLine(sku, _random.Next(1, 3))).ToList();
        var request = new PlaceOrderRequest
        {
            Email = useAccount ? emails[_random.Next(emails.Count)] : $"shopper{_random.Next(10_000)}@example.com",
            FirstName = "Sam",
            LastName = "Shopper",
            LineItems = lines,
            ShippingLine = _random.Next(2) == 0 ? new PlaceOrderShipping("Courier", "courier", 95m) : null,
        };
        if (_random.NextDouble() < discountShare)
        {
            // A code discount as a shopper enters it at checkout: Shopify spreads it over the lines, and SYSPRO must get every cent of it.
            request = request with { DiscountCode = "DEMO" + _random.Next(5, 26), DiscountAmount = Math.Round(5m + (decimal)_random.NextDouble() * 45m, 2) };
            DiscountedOrders++;
        }
        try
        {
            var order = await environment.Shop.PlaceOrderAsync(request, cancellationToken);
            lock (_placed) _placed.Add(order.Name);
            if (useAccount) AccountOrders++;
            return order.Name;
        }
        catch (ArgumentException)
        {
            OrdersRefused++;
            return null;
        }
    }

    /// <summary>Changes one price or one stock level in SYSPRO as an ERP user would.</summary>
    public async Task ChangeErpAsync(CancellationToken cancellationToken)
    {
        var code = await RandomStockCodeAsync(cancellationToken);
        if (code is null) return;
        var company = environment.Syspro.Company;
        if (_random.Next(2) == 0)
            await company.ChangePriceAsync(code, "A", Math.Round(50m + (decimal)_random.NextDouble() * 900m, 2), cancellationToken);
        else
            await company.ChangeStockAsync(code, "JHB", _random.Next(20, 200), cancellationToken);
        ErpChanges++;
    }

    private async Task<string?> RandomStockCodeAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT StockCode FROM InvMaster ORDER BY StockCode LIMIT 1 OFFSET $n";
        command.Parameters.AddWithValue("$n", _random.Next(10));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task<IReadOnlyList<string>> ReadAccountEmailsAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Email FROM ArCustomer
            WHERE Customer <> $cash AND CustomerOnHold = 'N' AND Email <> ''
            ORDER BY CreditLimit DESC, Customer LIMIT 5
            """;
        command.Parameters.AddWithValue("$cash", DemoIds.CashAccount);
        var emails = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) emails.Add(reader.GetString(0).Trim());
        return emails;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = environment.Syspro.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
