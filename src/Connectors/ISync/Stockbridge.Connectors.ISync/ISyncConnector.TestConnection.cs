using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.ISync;

public sealed partial class ISyncConnector
{
    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        List<ConnectionCheck> checks = [];
        try
        {
            _ = Settings;
            await Client.LoginAsync(cancellationToken);
            checks.Add(new ConnectionCheck("login", true, $"iSync accepted the login of {Settings.Username}"));
        }
        catch (ConnectorException e)
        {
            checks.Add(new ConnectionCheck("login", false, e.Message));
            return new(checks);
        }
        try
        {
            var query = "products?pageSize=1&warehouse=" + Uri.EscapeDataString(Settings.Warehouse);
            _ = await Client.GetAsync(query, allowNotFound: false, cancellationToken);
            checks.Add(new ConnectionCheck("products", true, $"iSync lists products of warehouse {Settings.Warehouse}"));
        }
        catch (ConnectorException e)
        {
            checks.Add(new ConnectionCheck("products", false, e.Message));
        }
        return new(checks);
    }
}
