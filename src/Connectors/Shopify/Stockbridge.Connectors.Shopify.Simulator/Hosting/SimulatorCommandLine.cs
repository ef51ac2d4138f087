using Stockbridge.Connectors.Shopify.Simulator.Cost;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>Reads <c>--port --plan --shop --token --webhook-secret --state</c> into options, and writes the start-up banner.</summary>
public static class SimulatorCommandLine
{
    private static readonly string[] Known = ["port", "plan", "shop", "token", "webhook-secret", "state"];

    public static ShopifySimulatorOptions Parse(IReadOnlyList<string> args)
    {
        var flags = SimulatorArguments.Parse(args, Known);
        var defaults = new ShopifySimulatorOptions();
        var shop = flags.String("shop");
        return defaults with
        {
            Port = flags.Port,
            Plan = flags.Enum("plan", defaults.Plan),
            ShopDomain = shop is null ? defaults.ShopDomain : shop.Contains('.', StringComparison.Ordinal) ? shop : $"{shop}.myshopify.com",
            AccessToken = flags.String("token") ?? defaults.AccessToken,
            WebhookSecret = flags.String("webhook-secret") ?? defaults.WebhookSecret,
            StateFile = flags.String("state"),
        };
    }

    /// <summary>Where the shop listens and its credentials, as banner lines.</summary>
    public static IReadOnlyList<SimulatorBannerLine> BannerLines(ShopifySimulatorHost shop)
    {
        ArgumentNullException.ThrowIfNull(shop);
        return
        [
            new("shop domain", shop.ShopDomain),
            new("admin API base", $"{shop.AdminApiBaseUrl}  (GraphQL: {shop.AdminGraphqlUrl("2026-04")})"),
            new("access token", shop.AccessToken),
            new("webhook secret", shop.WebhookSecret),
            new("test endpoints", $"{shop.BaseUrl}_sim/state, /_sim/orders, /_sim/faults, /_sim/webhooks"),
        ];
    }

    /// <summary>Writes the banner for a shop on <paramref name="plan"/>.</summary>
    public static void PrintBanner(ShopifySimulatorHost shop, ShopifyPlan plan, TextWriter output) =>
        SimulatorBanner.Write(output, $"Shopify simulator ({plan}) listening", BannerLines(shop));
}
