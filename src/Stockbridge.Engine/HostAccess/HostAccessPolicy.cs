using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Stockbridge.Engine.HostAccess;

/// <summary>
/// The operator's allow-list, applied: which local files a connection may name and which non-public addresses outbound
/// calls may reach. Everything public is allowed; nothing local or non-public is, unless listed.
/// </summary>
public sealed class HostAccessPolicy
{
    private readonly IReadOnlyList<string> _directories;
    private readonly IReadOnlyList<IPNetwork> _networks;
    private readonly IReadOnlySet<string> _hosts;

    private HostAccessPolicy(IReadOnlyList<string> directories, IReadOnlyList<IPNetwork> networks, IReadOnlySet<string> hosts)
    {
        (_directories, _networks, _hosts) = (directories, networks, hosts);
    }

    /// <summary>Allows no local file and no non-public address.</summary>
    public static HostAccessPolicy Closed { get; } = new([], [], new HashSet<string>());

    /// <summary>The policy the options describe; an entry that is not valid throws, naming it.</summary>
    public static HostAccessPolicy From(HostAccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.AllowedLocalPaths.Select(p => (p, LocalPathEntryProblem(p)))
            .Concat(options.AllowedPrivateNetworks.Select(n => (n, NetworkEntryProblem(n))))
            .Where(x => x.Item2 is not null).Select(x => $"'{x.Item1}' {x.Item2}").ToList();
        if (problems.Count > 0) throw new ArgumentException($"The hub's host access allow-list is not valid: {string.Join("; ", problems)}.", nameof(options));

        var networks = new List<IPNetwork>();
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in options.AllowedPrivateNetworks.Select(e => e.Trim()))
        {
            if (TryParseNetwork(entry, out var network)) networks.Add(network);
            else hosts.Add(entry.TrimEnd('.'));
        }
        var directories = options.AllowedLocalPaths.Select(d => RealPath.Of(d).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToList();
        return new HostAccessPolicy(directories, networks, hosts);
    }

    /// <summary>What is wrong with an allowed-directory entry, or null.</summary>
    public static string? LocalPathEntryProblem(string entry) =>
        string.IsNullOrWhiteSpace(entry) || !Path.IsPathFullyQualified(entry) ? "is not an absolute directory path" : null;

    /// <summary>What is wrong with an allowed-network entry (a CIDR, an address or a host name), or null.</summary>
    public static string? NetworkEntryProblem(string entry)
    {
        if (string.IsNullOrWhiteSpace(entry)) return "is empty";
        var trimmed = entry.Trim();
        if (TryParseNetwork(trimmed, out _)) return null;
        return Uri.CheckHostName(trimmed.TrimEnd('.')) == UriHostNameType.Dns && !trimmed.Contains('/', StringComparison.Ordinal)
            ? null
            : "is neither a network (10.0.0.0/8), an address (127.0.0.1) nor a host name (localhost)";
    }

    /// <summary>Why a call to <paramref name="address"/> (reached as <paramref name="host"/>) is refused, or null when it is allowed.</summary>
    public string? RefusalOf(string host, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var kind = NonPublicAddresses.KindOf(address);
        if (kind is null || _hosts.Contains(host.TrimEnd('.'))) return null;
        var canonical = NonPublicAddresses.Canonical(address);
        if (_networks.Any(n => n.BaseAddress.AddressFamily == canonical.AddressFamily && n.Contains(canonical))) return null;
        return $"{host} is {canonical}, {kind}; the hub calls such addresses only when its operator allows them (hosting.allowed_private_networks)";
    }

    /// <summary>
    /// The real path of <paramref name="path"/> (a relative one is relative to the hub's working directory, as the
    /// connector would open it) when it is an existing file under an allowed directory. False alike for a
    /// file that does not exist and one that is not allowed, so the answer reveals nothing about the host's files.
    /// </summary>
    public bool TryResolveLocalFile(string path, [NotNullWhen(true)] out string? resolved)
    {
        resolved = null;
        if (_directories.Count == 0 || string.IsNullOrWhiteSpace(path)) return false;
        string real;
        try
        {
            real = RealPath.Of(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!_directories.Any(d => real.StartsWith(d, comparison)) || !File.Exists(real)) return false;
        resolved = real;
        return true;
    }

    private static bool TryParseNetwork(string entry, out IPNetwork network)
    {
        if (IPNetwork.TryParse(entry, out network)) return true;
        if (!IPAddress.TryParse(entry, out var address)) return false;
        var canonical = NonPublicAddresses.Canonical(address);
        network = new IPNetwork(canonical, canonical.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        return true;
    }
}
