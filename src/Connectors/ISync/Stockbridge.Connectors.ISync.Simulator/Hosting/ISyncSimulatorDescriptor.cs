using Stockbridge.Connectors.Simulation;
using Stockbridge.Simulators.Hosting;

namespace Stockbridge.Connectors.ISync.Simulator.Hosting;

/// <summary>
/// How <c>stockbridge simulate isync</c>, the demo and the compliance kit start an iSync simulator: the port, the login it
/// accepts, how many products it seeds (fewer for tests) and how long its tokens last.
/// </summary>
public sealed class ISyncSimulatorDescriptor : ISimulatorDescriptor
{
    /// <summary>Products seeded for <see cref="SimulatorStart.Small"/>.</summary>
    public const int SmallProducts = 40;

    /// <summary>The most products the simulator seeds.</summary>
    public const int MaxProducts = 100_000;

    /// <inheritdoc />
    public string Key => "isync";

    /// <inheritdoc />
    public string Summary => "iSync cloud accounting on Stockbridge's ASSUMED contract (not verified against iSync): login tokens, products by JobProductID, orders by PONumber.";

    /// <inheritdoc />
    public IReadOnlyList<SimulatorFlag> Flags { get; } =
    [
        new("--port", "N", "the port on 127.0.0.1 (0 picks a free one)"),
        new("--username", "U", "the iSync username or e-mail it accepts"),
        new("--password", "P", "the password it accepts"),
        new("--stock-codes", "N", $"how many products (JobProductIDs) to seed (up to {MaxProducts:N0})"),
        new("--token-lifetime", "SECONDS", "how long a login token lasts (default 1800)"),
    ];

    /// <inheritdoc />
    public async Task<IRunningSimulator> StartAsync(SimulatorStart start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        var flags = SimulatorArguments.Parse(start.Arguments, ["port", "username", "password", "stock-codes", "token-lifetime"]);
        var defaults = new ISyncSimulatorOptions();
        var products = flags.Int("stock-codes", start.Small ? SmallProducts : defaults.Products);
        if (products is < 1 or > MaxProducts) throw new ArgumentException($"--stock-codes must be 1 to {MaxProducts}; it is {products}.");
        var lifetime = flags.Int("token-lifetime", (int)defaults.TokenLifetime.TotalSeconds);
        if (lifetime < 1) throw new ArgumentException($"--token-lifetime must be 1 second or more; it is {lifetime}.");
        return await ISyncSimulatorHost.StartAsync(new ISyncSimulatorOptions
        {
            Port = flags.Has("port") ? flags.Port : start.Port,
            Username = flags.String("username") ?? defaults.Username,
            Password = flags.String("password") ?? defaults.Password,
            Products = products,
            TokenLifetime = TimeSpan.FromSeconds(lifetime),
        }, cancellationToken);
    }
}
