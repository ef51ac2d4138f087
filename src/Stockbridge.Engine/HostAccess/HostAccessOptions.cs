namespace Stockbridge.Engine.HostAccess;

/// <summary>
/// What of the hub's own machine and networks connections may reach: the operator's choice (the config file's
/// <c>hosting</c> section), never a tenant's. Empty lists (the default) allow no local file and no loopback, private,
/// link-local, unique-local, multicast or unspecified address.
/// </summary>
public sealed class HostAccessOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string Section = "Stockbridge:Hosting";

    /// <summary>Directories (absolute) under which a connection may name a local file, e.g. a simulator's company database.</summary>
    public IList<string> AllowedLocalPaths { get; } = [];

    /// <summary>
    /// Networks (CIDR such as <c>10.1.0.0/16</c>), single addresses (<c>127.0.0.1</c>, <c>::1</c>) or host names
    /// (<c>localhost</c>) that outbound calls may reach although they are not public.
    /// </summary>
    public IList<string> AllowedPrivateNetworks { get; } = [];

    /// <summary>Adds <paramref name="other"/>'s directories and networks to these.</summary>
    public HostAccessOptions Allow(HostAccessOptions other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var directory in other.AllowedLocalPaths) AllowedLocalPaths.Add(directory);
        foreach (var network in other.AllowedPrivateNetworks) AllowedPrivateNetworks.Add(network);
        return this;
    }
}
