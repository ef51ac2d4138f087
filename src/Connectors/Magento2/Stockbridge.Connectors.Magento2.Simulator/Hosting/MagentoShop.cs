using Stockbridge.Connectors.Magento2.Simulator.Auth;
using Stockbridge.Connectors.Magento2.Simulator.State;
using Stockbridge.Simulators.Faults;

namespace Stockbridge.Connectors.Magento2.Simulator.Hosting;

/// <summary>The simulated store's parts: its data, its configuration, who may call it, and faults.</summary>
public sealed class MagentoShop
{
    /// <summary>Creates the store's parts.</summary>
    public MagentoShop(Magento2SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Settings = options.Settings;
        Store = new MagentoStore(options.Time);
        Store.SeedAttributes();
        AdminTokens = new AdminTokens(options.AdminUser, options.AdminPassword, options.Settings.AdminTokenLifetime, options.Time);
        Faults = new FaultInjector(options.FaultSeed, options.Time);
        ConsumerRunning = options.ConsumerRunning;
    }

    /// <summary>How it was started.</summary>
    public Magento2SimulatorOptions Options { get; }

    /// <summary>The store configuration now (Stores › Configuration; changed at <c>/_sim/settings</c>).</summary>
    public SimulatorSettings Settings { get; set; }

    /// <summary>Its data.</summary>
    public MagentoStore Store { get; }

    /// <summary>Admin tokens issued.</summary>
    public AdminTokens AdminTokens { get; }

    /// <summary>Faults on demand; targets are <c>METHOD path</c> below <c>V1</c>, e.g. <c>GET orders</c>.</summary>
    public FaultInjector Faults { get; }

    /// <summary>How many of the next operations the consumer runs fail as retriable (status 2), as a lock wait would.</summary>
    public int FailNextOperations { get; set; }

    /// <summary>Whether the bulk consumer runs.</summary>
    public bool ConsumerRunning { get; set; }

    /// <summary>The credentials check for the current configuration.</summary>
    public MagentoAuthenticator Authenticator => new(AdminTokens, Options.Integration, Settings.StandaloneBearer, _nonces);

    /// <summary>Entities one synchronous array may carry; null when the input limits are off.</summary>
    public int? SyncLimit => Settings.InputLimits ? Settings.SyncInputLimit : null;

    /// <summary>Entities one asynchronous request may carry; null when the input limits are off.</summary>
    public int? AsyncLimit => Settings.InputLimits ? Settings.AsyncInputLimit : null;

    /// <summary>The largest page size; null when the input limits are off.</summary>
    public int? MaxPageSize => Settings.InputLimits ? Settings.MaxPageSize : null;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _nonces = new(StringComparer.Ordinal);
}
