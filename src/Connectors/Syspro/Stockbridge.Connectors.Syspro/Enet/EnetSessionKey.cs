using System.Security.Cryptography;
using System.Text;
using Stockbridge.Connectors.Syspro.Settings;

namespace Stockbridge.Connectors.Syspro.Enet;

/// <summary>
/// Which connectors share e.net sessions: those of one connection with the same e.net settings (URLs, operator,
/// passwords, company, licence seats). The settings enter as a SHA-256 hash, so no secret is kept in the key.
/// </summary>
internal sealed record EnetSessionKey(string ClientId, string ConnectionId, string Operator, string SettingsHash)
{
    public static EnetSessionKey For(ConnectionContext context, SysproOptions options)
    {
        var settings = string.Join('\0', options.EnetUrl, options.EnetSoapUrl, options.Operator, options.OperatorPassword, options.CompanyId,
            options.CompanyPassword, options.LicenceSeats);
        return new EnetSessionKey(context.ClientId, context.ConnectionId, options.Operator.ToUpperInvariant(),
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings))));
    }

    /// <summary>Whether both keys are of the same connection (with possibly different settings).</summary>
    public bool SameConnection(EnetSessionKey other) =>
        string.Equals(ClientId, other.ClientId, StringComparison.Ordinal) && string.Equals(ConnectionId, other.ConnectionId, StringComparison.Ordinal);
}
