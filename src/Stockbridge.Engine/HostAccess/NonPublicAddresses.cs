using System.Net;
using System.Net.Sockets;

namespace Stockbridge.Engine.HostAccess;

/// <summary>
/// The address ranges that are not the public internet: the hub's own machine, its networks and the cloud metadata
/// endpoint. An IPv4-mapped or IPv4-compatible IPv6 address is judged by the IPv4 address it carries.
/// </summary>
public static class NonPublicAddresses
{
    private static readonly (IPNetwork Network, string Kind)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified (this-host) address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (cloud metadata lives here)"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a protocol-assignment address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a benchmarking address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved or broadcast address"),
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a local NAT64 address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    /// <summary>The address an IPv6 form carries when it is only an IPv4 address in disguise; otherwise itself.</summary>
    public static IPAddress Canonical(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d, deprecated) and NAT64 well-known prefix (64:ff9b::a.b.c.d) both end in an IPv4 address.
        var compatible = bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback);
        var nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        return compatible || nat64 ? new IPAddress(bytes.AsSpan(12, 4)) : address;
    }

    /// <summary>What kind of non-public address this is ("a loopback address", ...), or null for a public address.</summary>
    public static string? KindOf(IPAddress address)
    {
        var canonical = Canonical(address);
        foreach (var (network, kind) in Ranges)
        {
            if (network.BaseAddress.AddressFamily == canonical.AddressFamily && network.Contains(canonical)) return kind;
        }
        return null;
    }
}
