using System.Globalization;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>The vocabulary of the generated company, and the customers every seed has (for tests and the demo).</summary>
public static class SeedCatalogue
{
    /// <summary>The web cash-sales account: not on hold, no credit limit.</summary>
    public const string CashCustomer = "CASH";

    /// <summary>A customer on hold: SORTOI rejects its orders.</summary>
    public const string OnHoldCustomer = "HOLD01";

    /// <summary>A customer with a credit limit of 100: any order above it is rejected.</summary>
    public const string LowCreditCustomer = "LOWCR1";

    /// <summary>The stock code of the i-th generated item (1-based), e.g. BAG-0000001.</summary>
    public static string StockCode(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{ProductClasses[i % ProductClasses.Length].Code}-{i:D7}");

    /// <summary>Warehouses (InvWhControl).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Warehouses =
        [("JHB", "Johannesburg main warehouse"), ("CPT", "Cape Town depot"), ("DBN", "Durban depot")];

    /// <summary>Price codes in use, A is the list (retail) price.</summary>
    public static readonly string[] PriceCodes = ["A", "B", "C", "D", "E"];

    internal static readonly (string Code, string Noun)[] ProductClasses =
    [
        ("TNT", "Tent"), ("BAG", "Backpack"), ("STV", "Camp Stove"), ("SLP", "Sleeping Bag"),
        ("LMP", "Lantern"), ("BTL", "Water Bottle"), ("CHR", "Camp Chair"), ("JKT", "Rain Jacket"),
    ];

    internal static readonly string[] Adjectives = ["Trail", "Summit", "Alpine", "Coastal", "Desert", "Ridge", "Canyon", "Forest", "Delta", "Karoo"];
    internal static readonly string[] Sizes = ["XS", "S", "M", "L", "XL", "1P", "2P", "4P", "35L", "50L", "750ml", "1L"];
    internal static readonly string[] TradeNames = ["Outdoor", "Highveld", "Cape", "Drakensberg", "Garden Route", "Kruger", "Namaqua", "Cederberg"];
    internal static readonly string[] TradeSuffixes = ["Outfitters", "Traders", "Adventure Co", "Camping Supplies", "Sports (Pty) Ltd"];
    internal static readonly string[] Salespeople = ["SP1", "SP2", "SP3", "WEB"];

    internal static readonly CustomerRow[] SpecialCustomers =
    [
        new(CashCustomer, "Web Cash Sales", "webshop@outdoors.example", "A", 0m, "N", "WEB", 0),
        new(OnHoldCustomer, "Held Account Traders", "accounts@held.example", "B", 50000m, "Y", "SP1", 0),
        new(LowCreditCustomer, "Small Credit Outfitters", "accounts@smallcredit.example", "B", 100m, "N", "SP2", 0),
    ];
}
