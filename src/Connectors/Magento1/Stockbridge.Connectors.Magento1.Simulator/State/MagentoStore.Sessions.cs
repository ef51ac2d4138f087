using System.Security.Cryptography;
using System.Text;
using Stockbridge.Connectors.Magento1.Simulator.Soap;

namespace Stockbridge.Connectors.Magento1.Simulator.State;

public sealed partial class MagentoStore
{
    /// <summary><c>login</c>: a new session for the API user and key, or fault 2.</summary>
    public string Login(string? username, string? apiKey)
    {
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(apiKey) || !FixedTimeEquals(username, Settings.ApiUser) || !FixedTimeEquals(apiKey, Settings.ApiKey))
            throw MagentoFault.AccessDenied();
        var session = new MagentoSession { Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), User = username, LastUsed = Now() };
        lock (_gate) _sessions[session.Id] = session;
        return session.Id;
    }

    /// <summary><c>endSession</c>: ends it (true), or fault 5 if it was not live.</summary>
    public bool EndSession(string? sessionId)
    {
        Touch(sessionId);
        lock (_gate) return _sessions.Remove(sessionId!);
    }

    /// <summary>Checks a call's session: live and used within the timeout (then its clock restarts), or fault 5.</summary>
    public void Touch(string? sessionId)
    {
        lock (_gate)
        {
            if (string.IsNullOrEmpty(sessionId) || !_sessions.TryGetValue(sessionId, out var session)) throw MagentoFault.SessionExpired();
            if (Now() - session.LastUsed > Settings.SessionTimeout)
            {
                _sessions.Remove(sessionId);
                throw MagentoFault.SessionExpired();
            }
            session.LastUsed = Now();
        }
    }

    /// <summary>Ends every live session (an admin flushing sessions, or the timeout passing): the next call gets fault 5.</summary>
    public int ExpireSessions()
    {
        lock (_gate)
        {
            var count = _sessions.Count;
            _sessions.Clear();
            return count;
        }
    }

    private static bool FixedTimeEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
