using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.WooCommerce.Simulator.Hosting;

/// <summary>
/// How <c>stockbridge simulate woocommerce</c>, the demo and the compliance kit start a simulated WooCommerce store: the
/// flags, the port, and the webhook retry schedule a test or the demo asks for (WooCommerce itself does not retry).
/// </summary>
public sealed class WooCommerceSimulatorDescriptor : ISimulatorDescriptor
{
    /// <inheritdoc />
    public string Key => "woocommerce";

    /// <inheritdoc />
    public string Summary => "A WooCommerce store: the REST API v3 with key/secret and OAuth 1.0a auth, batches, paging, signed webhooks, and a checkout that takes shoppers' orders.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--consumer-key", "KEY", "the REST API consumer key the store accepts"),
        new("--consumer-secret", "SECRET", "the REST API consumer secret the store accepts"),
        new("--webhook-secret", "SECRET", "the secret order webhooks subscribed by the hub are signed with"),
    ];

    /// <summary>The options a command line asks for.</summary>
    public static WooCommerceSimulatorOptions Parse(IReadOnlyList<string> arguments)
    {
        var flags = SimulatorArguments.Parse(arguments, ["port", "consumer-key", "consumer-secret", "webhook-secret"]);
        var defaults = new WooCommerceSimulatorOptions();
        return defaults with
        {
            Port = flags.Port,
            ConsumerKey = flags.String("consumer-key") ?? defaults.ConsumerKey,
            ConsumerSecret = flags.String("consumer-secret") ?? defaults.ConsumerSecret,
            WebhookSecret = flags.String("webhook-secret") ?? defaults.WebhookSecret,
        };
    }

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var options = Parse(start.Arguments);
        if (!start.Arguments.Contains("--port", StringComparer.Ordinal)) options = options with { Port = start.Port };
        if (start.RetryDelays is { Count: > 0 } delays) options = options with { WebhookRetryDelays = delays };
        return await WooCommerceSimulator.StartAsync(options, cancellationToken);
    }
}
