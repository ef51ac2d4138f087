using System.Globalization;

namespace Stockbridge.Connectors.ISync.Simulator.State;

/// <summary>
/// The seeded sample company: <c>JobProductID</c>s ISY-0001…, every fifth one a shirt in three sizes (SKUs ISY-0005-S/M/L,
/// option Size), the rest simple (SKU = JobProductID); every 17th is WebSale Ignore and every 23rd Delete. One debtor
/// account for web orders, and the two pre-defined service items orders use for shipping and adjustments.
/// </summary>
public static class SampleCompany
{
    /// <summary>The debtor account web orders are raised against.</summary>
    public const string WebCustomer = "WEB001";

    /// <summary>The service item shipping is posted as.</summary>
    public const string ShippingService = "SHIPPING";

    /// <summary>The service item discounts and rounding cents are posted as.</summary>
    public const string AdjustmentService = "ADJUSTMENT";

    /// <summary>The sizes of a variable product.</summary>
    public static IReadOnlyList<string> Sizes { get; } = ["S", "M", "L"];

    /// <summary>The n-th <c>JobProductID</c>.</summary>
    public static string JobProductId(int n) => string.Create(CultureInfo.InvariantCulture, $"ISY-{n:0000}");

    /// <summary>Whether the n-th product has size variants.</summary>
    public static bool HasVariants(int n) => n % 5 == 0;

    /// <summary>Seeds <paramref name="products"/> products into <paramref name="company"/>.</summary>
    public static void Seed(ISyncCompany company, int products)
    {
        ArgumentNullException.ThrowIfNull(company);
        company.AddCustomer(WebCustomer);
        company.AddService(new ServiceItem(ShippingService, "Shipping"));
        company.AddService(new ServiceItem(AdjustmentService, "Discounts and rounding"));
        for (var n = 1; n <= products; n++)
        {
            var code = JobProductId(n);
            var webSale = n % 17 == 0 ? WebSaleValues.Ignore : n % 23 == 0 ? WebSaleValues.Delete : WebSaleValues.Active;
            var price = 49m + n * 1.5m;
            if (!HasVariants(n))
            {
                company.AddItem(Item(code, code, $"Outdoor item {n}", price, 20 + n * 7 % 50, webSale, []));
                continue;
            }
            for (var s = 0; s < Sizes.Count; s++)
            {
                company.AddItem(Item(code, $"{code}-{Sizes[s]}", $"Trail shirt {n}", price + s * 10m, 10 + (n + s) * 3 % 40, webSale,
                    [new ItemOption("Size", Sizes[s])]));
            }
        }
    }

    private static StockItem Item(string jobProductId, string sku, string description, decimal price, decimal units, string webSale, IReadOnlyList<ItemOption> options) => new()
    {
        JobProductId = jobProductId,
        Sku = sku,
        JobDescription = description,
        SellingPrice = price,
        RetailSellingPrice = Math.Round(price * 1.2m, 2, MidpointRounding.AwayFromZero),
        AvailableUnits = units,
        WebSale = webSale,
        Options = options,
    };
}
