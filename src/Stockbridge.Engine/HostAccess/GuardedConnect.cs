using System.Net;
using System.Net.Sockets;

namespace Stockbridge.Engine.HostAccess;

/// <summary>
/// The one way connectors' HTTP calls reach the network: every connection (the first and each redirect's) resolves the
/// host, drops the addresses <see cref="HostAccessPolicy"/> refuses and connects only to what is left, so a name that
/// resolves to loopback or the metadata endpoint, an IPv4-mapped literal or a redirect to a private address is refused
/// after DNS rather than judged by its spelling. No proxy is used: a proxy would reach the target unchecked.
/// </summary>
public sealed class GuardedConnect(HostAccessPolicy policy)
{
    /// <summary>The redirects a call may follow; each is re-checked when it connects.</summary>
    public const int MaxRedirects = 5;

    /// <summary>A handler whose every connection goes through <see cref="ConnectAsync"/>.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = ConnectAsync,
        UseProxy = false,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = MaxRedirects,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    /// <summary>Resolves, checks and connects; throws <see cref="OutboundAddressRefusedException"/> when no address is allowed.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = new List<IPAddress>();
        string? refusal = null;
        foreach (var address in addresses)
        {
            var why = policy.RefusalOf(host, address);
            if (why is null) allowed.Add(address);
            else refusal ??= why;
        }
        if (allowed.Count == 0)
            throw new OutboundAddressRefusedException($"Refused to call {host}:{context.DnsEndPoint.Port}: {refusal ?? "the name resolves to no address"}.");

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync([.. allowed], context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
