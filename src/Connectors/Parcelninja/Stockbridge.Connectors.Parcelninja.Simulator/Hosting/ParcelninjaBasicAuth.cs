using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Stockbridge.Connectors.Parcelninja.Simulator.Hosting;

/// <summary>The API's door: HTTP Basic with the account's API username and password, compared in constant time.</summary>
public sealed class ParcelninjaBasicAuth(string username, string password)
{
    /// <summary>The refusal's message (ASP.NET Web API's standard wording; Parcelninja's own is not recorded).</summary>
    public const string DeniedMessage = "Authorization has been denied for this request.";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(username + ":" + password);

    /// <summary>Whether the request carries the account's credentials.</summary>
    public bool Allows(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return false;
        byte[] given;
        try { given = Convert.FromBase64String(header[6..].Trim()); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(given, _expected);
    }
}
