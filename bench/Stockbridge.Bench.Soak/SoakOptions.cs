using System.Globalization;

namespace Stockbridge.Bench.Soak;

/// <summary>The soak's knobs: orders to place, kills at least, stock codes, the overall time limit and the report file.</summary>
internal sealed record SoakOptions(int Orders, int MinKills, bool KillUntilRaised, int StockCodes, TimeSpan Timeout, TimeSpan VerifyTimeout, string Out)
{
    public static SoakOptions Parse(string[] args)
    {
        var orders = Int(args, "--orders", 10_000);
        return new SoakOptions(
            Orders: orders,
            MinKills: Int(args, "--min-kills", 30),
            // placed (the chaos test's scenario): kills stop once every order is placed and MinKills happened;
            // raised: kills go on until SYSPRO holds every order (or its count stalls for a minute).
            KillUntilRaised: (Value(args, "--kill-until") ?? "placed") switch
            {
                "placed" => false,
                "raised" => true,
                var other => throw new ArgumentException($"--kill-until is placed or raised, not {other}"),
            },
            // Enough stock codes that 10,000 orders (about 3 units each) never empty the shop's shelves.
            StockCodes: Int(args, "--stock-codes", Math.Max(30, orders / 50)),
            Timeout: TimeSpan.FromMinutes(Int(args, "--timeout-minutes", 40)),
            VerifyTimeout: TimeSpan.FromMinutes(Int(args, "--verify-minutes", 30)),
            Out: Value(args, "--out") ?? Path.Combine("docs", "soak.md"));
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Int(string[] args, string name, int fallback)
    {
        if (Value(args, name) is not { } text) return fallback;
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        if (value <= 0) throw new ArgumentException($"{name} must be above 0, not {value}");
        return value;
    }
}
