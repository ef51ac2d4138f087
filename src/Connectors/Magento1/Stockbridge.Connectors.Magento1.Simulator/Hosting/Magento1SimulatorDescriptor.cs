using System.Globalization;
using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.Magento1.Simulator.Hosting;

/// <summary>
/// How <c>stockbridge simulate magento1</c>, the demo and the compliance kit start a simulated Magento 1 (OpenMage) store:
/// SOAP v2 at <c>/api/v2_soap</c> with its WSDL (<c>?wsdl=1</c>), shoppers and faults under <c>/admin</c>. The WS-I variant is not built.
/// </summary>
public sealed class Magento1SimulatorDescriptor : ISimulatorDescriptor
{
    /// <inheritdoc />
    public string Key => "magento1";

    /// <inheritdoc />
    public string Summary => "A Magento 1 / OpenMage store: the SOAP v2 API (WSDL at /api/v2_soap?wsdl=1) and its WS-I compliant variant (/api/wsi_soap?wsdl=1) with expiring API sessions, Magento's fault codes and a checkout that takes shoppers' orders.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--api-user", "USER", "the SOAP API user it accepts"),
        new("--api-key", "KEY", "that user's API key"),
        new("--session-timeout", "SECONDS", "the Client Session Timeout after which calls get fault 5 (default 3600)"),
        new("--wsi-compliance", "yes|no", "Magento's WS-I Compliance setting: yes makes /api/v2_soap answer in WS-I's shapes (default no; /api/wsi_soap always does)"),
    ];

    /// <summary>The options a command line asks for.</summary>
    public static Magento1SimulatorOptions Parse(IReadOnlyList<string> arguments)
    {
        var flags = SimulatorArguments.Parse(arguments, ["port", "api-user", "api-key", "session-timeout", "wsi-compliance"]);
        var defaults = new Magento1SimulatorOptions();
        var timeout = flags.String("session-timeout") is { } seconds
            ? int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? TimeSpan.FromSeconds(s) : throw new ArgumentException($"--session-timeout '{seconds}' is not a whole number of seconds above 0")
            : defaults.SessionTimeout;
        return defaults with
        {
            Port = flags.Port,
            ApiUser = flags.String("api-user") ?? defaults.ApiUser,
            ApiKey = flags.String("api-key") ?? defaults.ApiKey,
            SessionTimeout = timeout,
            WsiCompliance = flags.String("wsi-compliance") switch
            {
                null or "no" => false,
                "yes" => true,
                var other => throw new ArgumentException($"--wsi-compliance '{other}' is not yes or no"),
            },
        };
    }

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var options = Parse(start.Arguments);
        if (!start.Arguments.Contains("--port", StringComparer.Ordinal)) options = options with { Port = start.Port };
        return await Magento1SimulatorHost.StartAsync(options, cancellationToken);
    }
}
