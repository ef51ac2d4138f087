using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Shopify.Simulator.Hosting;

/// <summary>
/// How <c>stockbridge simulate shopify</c>, the demo and the compliance kit start a simulated shop: the command line's
/// flags (<see cref="SimulatorCommandLine"/>), the port, the webhook retry schedule a test or the demo asks for, and the shop's state kept in the
/// data folder when one is given.
/// </summary>
public sealed class ShopifySimulatorDescriptor : ISimulatorDescriptor
{
    /// <summary>The shop's state file inside <see cref="SimulatorStart.DataDirectory"/>.</summary>
    public const string StateFileName = "shopify-state.json";

    /// <inheritdoc />
    public string Key => "shopify";

    /// <inheritdoc />
    public string Summary => "A Shopify shop: the Admin GraphQL API with its cost limits, signed webhooks, and a storefront that takes shoppers' orders.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--plan", "standard|advanced|plus", "the shop's plan, which sets its GraphQL cost limits"),
        new("--shop", "NAME", "the shop's name or myshopify domain"),
        new("--token", "TOKEN", "the Admin API access token the shop accepts"),
        new("--webhook-secret", "SECRET", "the secret webhooks are signed with"),
        new("--state", "FILE", "a JSON file the shop is loaded from at start and saved to at stop"),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var options = SimulatorCommandLine.Parse(start.Arguments);
        if (!start.Arguments.Contains("--port", StringComparer.Ordinal)) options = options with { Port = start.Port };
        if (options.StateFile is null && start.DataDirectory is not null)
            options = options with { StateFile = Path.Combine(start.DataDirectory, StateFileName) };
        if (start.RetryDelays is { Count: > 0 } delays) options = options with { WebhookRetryDelays = delays };
        var host = await ShopifySimulator.StartAsync(options, cancellationToken);
        return new ShopifyRunningSimulator(host);
    }
}
