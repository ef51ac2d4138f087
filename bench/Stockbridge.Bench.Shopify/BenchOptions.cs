using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Bench.Shopify;

/// <summary><c>--variants N --per-product N --plan standard|advanced|plus --batch N</c> (batches of 250+ products take the bulk-operation path)</summary>
public sealed record BenchOptions(int Variants = 10_000, int PerProduct = 4, ShopifyPlan Plan = ShopifyPlan.Plus, int Batch = 50)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--variants" => options with { Variants = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--per-product" => options with { PerProduct = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--batch" => options with { Batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--plan" => options with { Plan = Enum.Parse<ShopifyPlan>(args[i + 1], ignoreCase: true) },
                _ => throw new ArgumentException($"Unknown option {args[i]}: use --variants N --per-product N --plan standard|advanced|plus --batch N"),
            };
        }
        return options;
    }
}
