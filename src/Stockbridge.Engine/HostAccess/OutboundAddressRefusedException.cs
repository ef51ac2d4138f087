namespace Stockbridge.Engine.HostAccess;

/// <summary>An outbound call was refused before connecting: its host is, or resolves to, an address the operator does not allow.</summary>
public sealed class OutboundAddressRefusedException(string message) : IOException(message)
{
    /// <summary>The refusal in <paramref name="error"/> or among its inner exceptions (connectors wrap it), or null.</summary>
    public static OutboundAddressRefusedException? FindIn(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is OutboundAddressRefusedException refused) return refused;
        }
        return null;
    }
}
