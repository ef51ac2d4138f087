using System.Globalization;

namespace Stockbridge.Bench.WooCommerce;

/// <summary><c>--variants N --per-product N --batch N</c>: products handed to the connector per call (the connector writes pages of 100).</summary>
public sealed record WooBenchOptions(int Variants = 10_000, int PerProduct = 4, int Batch = 100)
{
    public static WooBenchOptions Parse(string[] args)
    {
        var options = new WooBenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--variants" => options with { Variants = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--per-product" => options with { PerProduct = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--batch" => options with { Batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}: use --variants N --per-product N --batch N"),
            };
        }
        if (options.Variants < 1 || options.PerProduct < 1 || options.Batch < 1) throw new ArgumentException("--variants, --per-product and --batch take positive numbers.");
        return options;
    }
}
