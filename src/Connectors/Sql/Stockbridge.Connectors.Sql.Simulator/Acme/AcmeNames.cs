using System.Security.Cryptography;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>Fresh names and passwords for a private Acme database and its logins.</summary>
public static class AcmeNames
{
    /// <summary>A database name like acme_1a2b3c4d.</summary>
    public static string Database() => "acme_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));

    /// <summary>A random password (letters and digits only: it goes into DDL).</summary>
    public static string Password() => "pw" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
