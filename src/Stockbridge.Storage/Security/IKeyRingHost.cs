using Microsoft.AspNetCore.DataProtection;

namespace Stockbridge.Storage.Security;

/// <summary>
/// A store that keeps a Data Protection key ring: beside the SQLite file, or in the PostgreSQL database (shared by every
/// node). The hub points ASP.NET Core's own Data Protection (console cookies, antiforgery tokens) at the same ring, so a
/// restart or another node accepts the cookies it issued, and no key lands in the user profile's default folder.
/// </summary>
public interface IKeyRingHost
{
    /// <summary>Persists <paramref name="builder"/>'s keys where this store keeps its own.</summary>
    void UseKeyRing(IDataProtectionBuilder builder);
}
