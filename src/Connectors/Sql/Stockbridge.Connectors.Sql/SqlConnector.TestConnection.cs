using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Sql.Validation;

namespace Stockbridge.Connectors.Sql;

public sealed partial class SqlConnector
{
    /// <summary>The setup validation: the settings bind, then every configured query is checked (see <see cref="QueryValidator"/>).</summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = Settings;
        }
        catch (ConnectorException e)
        {
            return new ConnectionTestResult([new ConnectionCheck("settings", false, e.Message)]);
        }
        return new ConnectionTestResult(await new QueryValidator(Settings, Connections).CheckAsync(cancellationToken));
    }

    /// <summary>This connection's getting-started page, generated from the columns its queries return (see <see cref="Manifest.SqlConnectionPage"/>).</summary>
    public Task<string> RenderGettingStartedPageAsync(string erpName, CancellationToken cancellationToken) =>
        Manifest.SqlConnectionPage.RenderAsync(Settings, erpName, cancellationToken);
}
