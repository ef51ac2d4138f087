namespace Stockbridge.Storage.Security;

/// <summary>
/// A store that keeps a Data Protection key ring: beside the SQLite file, or in the PostgreSQL database (shared by every
/// node), sealed with the operator key. The hub points ASP.NET Core's own Data Protection (console cookies, antiforgery
/// tokens) at the same ring (<see cref="KeyRing.Configure"/>), so a restart or another node accepts the cookies it issued,
/// and no key lands in the user profile's default folder.
/// </summary>
public interface IKeyRingHost
{
    /// <summary>The store's key ring.</summary>
    KeyRing KeyRing { get; }
}
