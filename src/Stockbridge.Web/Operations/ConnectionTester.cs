using Stockbridge.Connectors;
using Stockbridge.Engine.Connectors;
using Stockbridge.Storage.Connections;
using Stockbridge.Web.Security;

namespace Stockbridge.Web.Operations;

/// <summary>Runs a connection's "test connection" and returns each check with any secret value scrubbed from it.</summary>
public sealed class ConnectionTester(ConnectorRegistry registry)
{
    /// <summary>Tests the connection; a connector that throws or is not installed gives a failed check, not an exception.</summary>
    public async Task<ConnectionTestResult> TestAsync(ConnectionRecord connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ConnectionTestResult result;
        try
        {
            result = await registry.Create(connection).TestConnectionAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            result = new ConnectionTestResult([new ConnectionCheck("connector", false, e.Message)]);
        }
        return new ConnectionTestResult([.. result.Checks.Select(c => c with
        {
            Name = SecretScrubber.Scrub(c.Name, connection),
            Detail = SecretScrubber.Scrub(c.Detail, connection),
        })]);
    }
}
