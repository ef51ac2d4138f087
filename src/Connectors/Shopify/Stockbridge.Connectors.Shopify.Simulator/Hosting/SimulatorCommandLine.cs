using System.Globalization;
using Stockbridge.Connectors.Shopify.Simulator.Cost;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>Reads <c>--port --plan --shop --token --webhook-secret --state</c> into options.</summary>
public static class SimulatorCommandLine
{
    public static ShopifySimulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ShopifySimulatorOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--port" => options with { Port = int.Parse(value, CultureInfo.InvariantCulture) },
                "--plan" => options with { Plan = Enum.Parse<ShopifyPlan>(value, ignoreCase: true) },
                "--shop" => options with { ShopDomain = value.Contains('.', StringComparison.Ordinal) ? value : $"{value}.myshopify.com" },
                "--token" => options with { AccessToken = value },
                "--webhook-secret" => options with { WebhookSecret = value },
                "--state" => options with { StateFile = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Use --port --plan standard|advanced|plus --shop --token --webhook-secret --state."),
            };
        }
        return options;
    }
}
