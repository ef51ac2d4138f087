using System.Security.Cryptography;
using System.Text;

namespace Stockbridge.Connectors.ISync.Simulator.State;

public sealed partial class ISyncCompany
{
    /// <summary>Logs in: a new session token good for <see cref="TokenLifetime"/>; 401 InvalidLogin for a wrong username or password.</summary>
    public Session Login(string username, string password)
    {
        lock (_gate)
        {
            var userOk = string.Equals(username.Trim(), Credentials.Username, StringComparison.OrdinalIgnoreCase);
            var passwordOk = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(Credentials.Password));
            if (!userOk || !passwordOk) throw Refused(401, "InvalidLogin", "The username or password is incorrect.");
            var session = new Session(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), Credentials.Username, Time.GetUtcNow() + TokenLifetime);
            _sessions[session.Token] = session;
            return session;
        }
    }

    /// <summary>The session of a bearer token; 401 InvalidToken when unknown, TokenExpired when past its time.</summary>
    public Session Authenticate(string? token)
    {
        lock (_gate)
        {
            if (string.IsNullOrEmpty(token) || !_sessions.TryGetValue(token, out var session))
                throw Refused(401, "InvalidToken", "The session token is missing or unknown; log in again.");
            if (Time.GetUtcNow() >= session.ExpiresAt) throw Refused(401, "TokenExpired", "The session token has expired; log in again.");
            return session;
        }
    }

    /// <summary>Ends one session now, as its expiry would (a token that expires mid-sync).</summary>
    public void Expire(string token)
    {
        lock (_gate)
        {
            if (_sessions.TryGetValue(token, out var session)) _sessions[token] = session with { ExpiresAt = Time.GetUtcNow() };
        }
    }

    /// <summary>Ends every session now; returns how many were live.</summary>
    public int ExpireAll()
    {
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            var live = _sessions.Values.Where(s => s.ExpiresAt > now).ToList();
            foreach (var session in live) _sessions[session.Token] = session with { ExpiresAt = now };
            return live.Count;
        }
    }

    /// <summary>How many logins succeeded so far.</summary>
    public int Logins
    {
        get { lock (_gate) return _sessions.Count; }
    }
}
