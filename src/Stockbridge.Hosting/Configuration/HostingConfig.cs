namespace Stockbridge.Hosting.Configuration;

/// <summary>
/// The operator's section of the config file: what of this machine and its networks connections may reach, and where
/// the key that encrypts the key ring is. Tenants (API, console) never change it.
/// </summary>
public sealed record HostingConfig
{
    /// <summary>Directories under which a connection may name a local file (relative paths are relative to the config file).</summary>
    public IReadOnlyList<string> AllowedLocalPaths { get; init; } = [];
    /// <summary>Networks (CIDR), addresses or host names outbound calls may reach although they are loopback, private or link-local.</summary>
    public IReadOnlyList<string> AllowedPrivateNetworks { get; init; } = [];
    /// <summary>
    /// A file holding the operator key that encrypts the key ring at rest (relative to the config file); the
    /// <c>STOCKBRIDGE_MASTER_KEY</c> environment variable is used when this is not set.
    /// </summary>
    public string? MasterKeyFile { get; init; }
}
