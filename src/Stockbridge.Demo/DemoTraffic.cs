using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Demo;

/// <summary>
/// Sample traffic: shoppers placing orders on the channel's simulator, and an ERP user changing prices and stock in the
/// source's. Every order placed is remembered, with what its shopper paid, so the verifier can check it was raised exactly
/// once at that value.
/// </summary>
/// <param name="environment">The simulators.</param>
/// <param name="seed">Makes the traffic repeatable.</param>
/// <param name="accountShare">The share of orders placed with a trade account's e-mail (they are subject to the ERP's credit
/// limits, so a long run will see some refused with the ERP's reason); the rest go to the cash account.</param>
/// <param name="discountShare">The share of orders placed with a discount code.</param>
public sealed class DemoTraffic(DemoEnvironment environment, int seed = 7, double accountShare = 0.25, double discountShare = 0.4)
{
    private readonly Random _random = new(seed);
    private readonly List<PlacedOrder> _placed = [];

    /// <summary>The channel order codes placed so far (e.g. #1001).</summary>
    public IReadOnlyList<string> PlacedOrders { get { lock (_placed) return [.. _placed.Select(p => p.OrderCode)]; } }
    /// <summary>The orders placed so far, with what each shopper paid ex tax.</summary>
    public IReadOnlyList<PlacedOrder> Placed { get { lock (_placed) return [.. _placed]; } }
    /// <summary>Orders placed for a trade account's e-mail (the rest go to the cash account).</summary>
    public int AccountOrders { get; private set; }
    /// <summary>Orders placed with a discount code.</summary>
    public int DiscountedOrders { get; private set; }
    /// <summary>Price and stock changes made in the ERP.</summary>
    public int ErpChanges { get; private set; }
    /// <summary>Orders the channel refused (e.g. nothing in stock yet).</summary>
    public int OrdersRefused { get; private set; }

    /// <summary>Places one order for 1-3 in-stock SKUs; returns its code, or null when nothing is for sale on the channel yet.</summary>
    public async Task<string?> PlaceOrderAsync(CancellationToken cancellationToken)
    {
        // With several channels each order goes to one of them at random (a single channel draws nothing, so its traffic is as before).
        var channel = environment.ExtraChannels.Count == 0 ? environment.Channel : environment.Channels[_random.Next(environment.Channels.Count)].Simulator;
        var inStock = new List<string>();
        foreach (var sku in await channel.ReadSkusAsync(cancellationToken))
        {
            if (await channel.ReadProductAsync(sku, cancellationToken) is { ForSale: true, Quantity: >= 3 }) inStock.Add(sku);
        }
        if (inStock.Count == 0) return null;
        var emails = environment.Source.Samples.AccountEmails;
        var useAccount = emails.Count > 0 && _random.NextDouble() < accountShare;
        var lines = inStock.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).Select(sku => new ShopperLine(sku, _random.Next(1, 3))).ToList();
        // A code discount as a shopper enters it at checkout: the channel spreads it over the lines, and the ERP must get every cent of it.
        var discounted = _random.NextDouble() < discountShare;
        var order = new ShopperOrder(lines,
            useAccount ? emails[_random.Next(emails.Count)] : $"shopper{_random.Next(10_000)}@example.com",
            discounted ? "DEMO" + _random.Next(5, 26) : null);
        try
        {
            var placed = await channel.PlaceOrderAsync(order, cancellationToken);
            lock (_placed) _placed.Add(placed);
            if (useAccount) AccountOrders++;
            if (discounted) DiscountedOrders++;
            return placed.OrderCode;
        }
        catch (ShopperRefusedException)
        {
            OrdersRefused++;
            return null;
        }
    }

    /// <summary>Changes one price or one stock level in the ERP as an ERP user would.</summary>
    public async Task ChangeErpAsync(CancellationToken cancellationToken)
    {
        if (_random.Next(2) == 0)
        {
            await environment.Source.ChangeOneProductAsync(cancellationToken);
        }
        else
        {
            var skus = await environment.Channel.ReadSkusAsync(cancellationToken);
            if (skus.Count == 0) return;
            await environment.Source.SetStockAsync(skus[_random.Next(Math.Min(10, skus.Count))], _random.Next(20, 200), cancellationToken);
        }
        ErpChanges++;
    }
}
