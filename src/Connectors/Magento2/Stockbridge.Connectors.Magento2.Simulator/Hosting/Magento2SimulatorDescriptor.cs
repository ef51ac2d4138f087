using Stockbridge.Connectors.Magento2.Simulator.Auth;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>
/// How <c>stockbridge simulate magento2</c>, the demo and the compliance kit start a simulated Magento 2 store: the flags
/// fix the port, the integration access token and the admin user for scripts.
/// </summary>
public sealed class Magento2SimulatorDescriptor : ISimulatorDescriptor
{
    /// <inheritdoc />
    public string Key => "magento2";

    /// <inheritdoc />
    public string Summary => "A Magento 2 store: REST under /rest/{store}/V1 with OAuth 1.0a integrations and 4-hour admin tokens, searchCriteria, configurable products, MSI source items, async bulk with its consumer, and a checkout that takes shoppers' orders.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--token", "TOKEN", "the integration access token the store accepts"),
        new("--admin-user", "USER", "the admin user integration/admin/token accepts"),
        new("--admin-password", "PASSWORD", "that admin user's password"),
        new("--input-limits", "on|off", "Magento's web API input limits (20 per synchronous array, 5,000 per bulk, page size 300); off by default"),
        new("--two-factor", "on|off", "two-factor authentication: admin tokens only from tfa/provider/google/authenticate with the code 246810; off by default"),
        new("--consumer", "on|off", "whether the async.operations.all consumer runs (off: bulk operations stay open)"),
    ];

    /// <summary>The options a command line asks for.</summary>
    public static Magento2SimulatorOptions Parse(IReadOnlyList<string> arguments)
    {
        var flags = SimulatorArguments.Parse(arguments, ["port", "token", "admin-user", "admin-password", "input-limits", "two-factor", "consumer"]);
        var defaults = new Magento2SimulatorOptions();
        return defaults with
        {
            Port = flags.Port,
            Integration = defaults.Integration with { AccessToken = flags.String("token") ?? defaults.Integration.AccessToken },
            AdminUser = flags.String("admin-user") ?? defaults.AdminUser,
            AdminPassword = flags.String("admin-password") ?? defaults.AdminPassword,
            Settings = defaults.Settings with
            {
                InputLimits = OnOff(flags.String("input-limits"), "input-limits", false),
                TwoFactor = OnOff(flags.String("two-factor"), "two-factor", false),
            },
            ConsumerRunning = OnOff(flags.String("consumer"), "consumer", true),
        };
    }

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var options = Parse(start.Arguments);
        if (!start.Arguments.Contains("--port", StringComparer.Ordinal)) options = options with { Port = start.Port };
        return await Magento2Simulator.StartAsync(options, cancellationToken);
    }

    private static bool OnOff(string? value, string flag, bool fallback) => value?.ToLowerInvariant() switch
    {
        null => fallback,
        "on" or "true" or "1" => true,
        "off" or "false" or "0" => false,
        _ => throw new ArgumentException($"--{flag} takes on or off, not '{value}'."),
    };
}
