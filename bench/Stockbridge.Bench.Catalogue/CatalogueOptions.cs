using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Bench.Catalogue;

/// <summary>
/// <c>--variants N --plan standard|advanced|plus --workers N --per-connection N --delta-percent P --timeout-minutes M
/// --dir D --out FILE</c>. One SYSPRO stock code is one product of one variant, so N variants are N stock codes.
/// </summary>
internal sealed record CatalogueOptions(
    int Variants, ShopifyPlan Plan, int Workers, int? PerConnection, double DeltaPercent, TimeSpan Timeout, string Directory, string? Out)
{
    private static readonly string[] Known = ["--variants", "--plan", "--workers", "--per-connection", "--delta-percent", "--timeout-minutes", "--dir", "--out"];

    public static CatalogueOptions Parse(string[] args)
    {
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!Known.Contains(args[i])) throw new ArgumentException($"Unknown option {args[i]}; known: {string.Join(' ', Known)}");
        }
        var variants = Int(args, "--variants") ?? 100_000;
        if (variants is < 10 or > 1_000_000) throw new ArgumentException($"--variants is 10 to 1,000,000 (the simulator's limit), not {variants}");
        var delta = Value(args, "--delta-percent") is { } d ? double.Parse(d, CultureInfo.InvariantCulture) : 1.0;
        if (delta is <= 0 or > 100) throw new ArgumentException($"--delta-percent is above 0 and at most 100, not {delta}");
        return new CatalogueOptions(
            variants,
            Value(args, "--plan") is { } plan ? Enum.Parse<ShopifyPlan>(plan, ignoreCase: true) : ShopifyPlan.Plus,
            Int(args, "--workers") ?? 16,
            Int(args, "--per-connection"),
            delta,
            TimeSpan.FromMinutes(Int(args, "--timeout-minutes") ?? 90),
            Path.GetFullPath(Value(args, "--dir") ?? Path.Combine(Path.GetTempPath(), $"stockbridge-catalogue-{variants}")),
            Value(args, "--out"));
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at >= 0 && at + 1 >= args.Length) throw new ArgumentException($"{name} needs a value");
        return at >= 0 ? args[at + 1] : null;
    }

    private static int? Int(string[] args, string name) =>
        Value(args, name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
