using System.Collections.Immutable;
using System.Globalization;
using Stockbridge.TradeStore.Accounts;
using Stockbridge.TradeStore.Catalogue;
using Stockbridge.TradeStore.Hosting;

namespace Stockbridge.TradeStore.Cart;

/// <summary>
/// Customers' carts. Adding is all or nothing: every line is checked (the SKU is sold to this customer at a price, the
/// line's new total keeps the pack multiple and minimum, and, unless <c>over_order_enabled</c>, stays within the shown
/// warehouses' stock); one problem and nothing is added.
/// </summary>
public sealed class TradeCarts
{
    private const int MaxCartLines = 200;
    private readonly StoreRecords records;

    internal TradeCarts(StoreRecords records) => this.records = records;

    public async Task<TradeCart> GetAsync(StoreContext shop, string customerCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shop);
        return await records.GetAsync<TradeCart>(shop.ClientId, TradeEntities.Cart, TradeEntities.Key(shop.StoreId, customerCode), ct)
            ?? new TradeCart { CheckoutKey = NewCheckoutKey() };
    }

    /// <summary>Adds the lines (to any quantity already in the cart); returns the problems, and adds nothing when there are any.</summary>
    public async Task<IReadOnlyList<LineProblem>> AddAsync(StoreContext shop, string customerCode, IReadOnlyList<(int Line, CartLine Item)> lines,
        IReadOnlyDictionary<string, CatalogueItem> catalogue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cart = await GetAsync(shop, customerCode, ct);
        var totals = cart.Lines.ToDictionary(l => l.Sku, l => l.Qty, StringComparer.OrdinalIgnoreCase);
        var problems = new List<LineProblem>();
        foreach (var (number, item) in lines)
        {
            if (!catalogue.TryGetValue(item.Sku, out var sku)) { problems.Add(new LineProblem(number, "sku", $"'{item.Sku}' is not in the catalogue")); continue; }
            if (sku.Price is null) { problems.Add(new LineProblem(number, "sku", $"{sku.Sku} has no price for your account")); continue; }
            var total = totals.GetValueOrDefault(sku.Sku) + item.Qty;
            if (sku.Pack.Problem(total) is { } pack) problems.Add(new LineProblem(number, "quantity", $"{sku.Sku}: {pack}" + (total != item.Qty ? Text($" ({total} with what is already in the cart)") : "")));
            else if (!shop.Settings.OverOrderEnabled && total > sku.Available) problems.Add(new LineProblem(number, "quantity", Text($"{sku.Sku}: only {sku.Available} available")));
            else totals[sku.Sku] = total;
        }
        if (totals.Count > MaxCartLines) problems.Add(new LineProblem(lines.Count == 0 ? 1 : lines[^1].Line, "sku", $"a cart holds at most {MaxCartLines} SKUs"));
        if (problems.Count > 0) return problems;
        var merged = cart.Lines.Select(l => l with { Qty = totals[l.Sku] }).ToList();
        merged.AddRange(totals.Where(t => !cart.Lines.Any(l => string.Equals(l.Sku, t.Key, StringComparison.OrdinalIgnoreCase)))
            .Select(t => new CartLine(catalogue[t.Key].Sku, t.Value)));
        await SaveAsync(shop, customerCode, cart with { Lines = [.. merged], CheckoutKey = NewCheckoutKey() }, ct);
        return [];
    }

    /// <summary>Removes a SKU from the cart.</summary>
    public async Task RemoveAsync(StoreContext shop, string customerCode, string sku, CancellationToken ct)
    {
        var cart = await GetAsync(shop, customerCode, ct);
        await SaveAsync(shop, customerCode, cart with { Lines = [.. cart.Lines.Where(l => !string.Equals(l.Sku, sku, StringComparison.OrdinalIgnoreCase))], CheckoutKey = NewCheckoutKey() }, ct);
    }

    /// <summary>Empties the cart (after checkout); the next cart gets a new checkout key.</summary>
    public Task ClearAsync(StoreContext shop, string customerCode, CancellationToken ct) =>
        SaveAsync(shop, customerCode, new TradeCart { CheckoutKey = NewCheckoutKey(), Lines = ImmutableArray<CartLine>.Empty }, ct);

    private Task SaveAsync(StoreContext shop, string customerCode, TradeCart cart, CancellationToken ct) =>
        records.SaveAsync(shop.ClientId, TradeEntities.Cart, TradeEntities.Key(shop.StoreId, customerCode), shop.StoreId, cart, "cart changed", ct);

    /// <summary>A new order code: <c>TS-</c> and 10 random characters (fits SYSPRO's 30-character customer PO number).</summary>
    private static string NewCheckoutKey() => "TS-" + OneTimeTokens.New()[..10].ToUpperInvariant().Replace('-', 'X').Replace('_', 'Y');

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
