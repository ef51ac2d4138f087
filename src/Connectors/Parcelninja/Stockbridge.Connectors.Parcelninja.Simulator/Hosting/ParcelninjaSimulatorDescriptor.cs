using System.Globalization;
using Stockbridge.Connectors.Parcelninja.Simulator.State;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

/// <summary>How <c>stockbridge simulate parcelninja</c>, the demo and the compliance kit start a simulated Parcelninja account.</summary>
public sealed class ParcelninjaSimulatorDescriptor : ISimulatorDescriptor
{
    private static readonly string[] Known = ["port", "username", "password", "step-seconds", "duplicates", "unknown-items"];

    /// <inheritdoc />
    public string Key => "parcelninja";

    /// <inheritdoc />
    public string Summary => "A Parcelninja account: the Store API v1 with Basic auth, outbounds through events 240…245, look-up by X-Client-Id, inventory, delivery quotes and unsigned webhooks.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--username", "USER", "the API username it accepts"),
        new("--password", "PASSWORD", "the API password it accepts"),
        new("--step-seconds", "S", "seconds per step of an outbound along 240 → 245 (0: only when told; default 5)"),
        new("--duplicates", "accept|reject", "what a second outbound for the same client order number gets (default accept)"),
        new("--unknown-items", "stockonfirstsight|awaitstock|refuse", "what an outbound line for an unknown SKU gets (default stockonfirstsight)"),
    ];

    /// <summary>The options a command line asks for.</summary>
    public static ParcelninjaSimulatorOptions Parse(IReadOnlyList<string> arguments)
    {
        var flags = SimulatorArguments.Parse(arguments, Known);
        var defaults = new ParcelninjaSimulatorOptions();
        var step = flags.String("step-seconds") is { } s
            ? double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
                ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"--step-seconds '{s}' is not a number of seconds.")
            : defaults.StepInterval;
        try
        {
            return defaults with
            {
                Port = flags.Port,
                Username = flags.String("username") ?? defaults.Username,
                Password = flags.String("password") ?? defaults.Password,
                StepInterval = step,
                Duplicates = flags.Enum("duplicates", defaults.Duplicates),
                UnknownItems = flags.Enum("unknown-items", defaults.UnknownItems),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var options = Parse(start.Arguments);
        if (!start.Arguments.Contains("--port", StringComparer.Ordinal)) options = options with { Port = start.Port };
        if (start.RetryDelays is { Count: > 0 } delays) options = options with { WebhookRetryDelays = delays };
        return await ParcelninjaSimulator.StartAsync(options, cancellationToken);
    }
}
