namespace Stockbridge.Connectors;

/// <summary>A live connector instance bound to one connection. Implement one or more role interfaces.</summary>
public interface IConnector
{
    /// <summary>
    /// Checks that every part of the connection works (e.g. the database and the web service separately)
    /// and says which failed and why. Never throws for a failed check.
    /// </summary>
    Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken);
}
