using System.Globalization;
using System.Security.Cryptography;

namespace Stockbridge.Web.Security;

/// <summary>
/// Salted PBKDF2-SHA256 password hashes, stored as <c>pbkdf2-sha256$iterations$salt$hash</c> (base64), compared in
/// constant time. Chosen over Identity's PasswordHasher to avoid a package for one function.
/// </summary>
public static class PasswordHashing
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new salted hash of the password.</summary>
    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    // A hash of a random password nobody knows: an unknown e-mail's password is checked against it, so signing in costs
    // the same work (and time) whether the e-mail exists or not.
    private static readonly Lazy<string> Unmatchable = new(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>
    /// Whether the password matches the stored hash; false for a malformed hash. With no stored hash (no such user) the
    /// same key derivation runs against a hash no password matches, and the answer is false.
    /// </summary>
    public static bool VerifyOrDummy(string? storedHash, string password)
    {
        var matched = Verify(storedHash ?? Unmatchable.Value, string.IsNullOrEmpty(password) ? " " : password);
        return storedHash is not null && !string.IsNullOrEmpty(password) && matched;
    }

    /// <summary>Whether the password matches the stored hash; false for a malformed hash.</summary>
    public static bool Verify(string storedHash, string password)
    {
        var parts = (storedHash ?? "").Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || string.IsNullOrEmpty(password)) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1) return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
