using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Syspro.Database;
using Stockbridge.Connectors.Syspro.Enet;
using Stockbridge.Connectors.Syspro.Orders;

namespace Stockbridge.Connectors.Syspro;

public sealed partial class SysproConnector
{
    /// <inheritdoc />
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = Options;
        }
        catch (ConnectorException e)
        {
            return new ConnectionTestResult([new ConnectionCheck("settings", false, e.Message)]);
        }
        return new ConnectionTestResult([await CheckDatabaseAsync(cancellationToken), await CheckEnetAsync(cancellationToken)]);
    }

    private async Task<ConnectionCheck> CheckDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await Database.OpenAsync(cancellationToken);
            await using var command = SysproDatabase.Command(connection, "SELECT COUNT(*) FROM InvWhControl");
            var warehouses = await command.ExecuteScalarAsync(cancellationToken);
            await using var stock = SysproDatabase.Command(connection, "SELECT COUNT(*) FROM InvMaster");
            var stockCodes = await stock.ExecuteScalarAsync(cancellationToken);
            return new ConnectionCheck("database", true, $"Read {Database.Describe()}: {stockCodes} stock codes, {warehouses} warehouses.");
        }
        catch (Exception e) when (e is ConnectorException or System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            return new ConnectionCheck("database", false, $"Could not read the company database ({Database.Describe()}): {e.Message}");
        }
    }

    private async Task<ConnectionCheck> CheckEnetAsync(CancellationToken cancellationToken)
    {
        try
        {
            var client = Client;
            // Exactly-once raising needs COMFND on SorMaster: check the operator may run it.
            var version = await Sessions.VerifyAsync(client, async userId => RaisedOrderQuery.Read(
                await client.QueryAsync(userId, "COMFND", RaisedOrderQuery.For("STOCKBRIDGE-CONNECTION-TEST"), cancellationToken), "STOCKBRIDGE-CONNECTION-TEST"), cancellationToken);
            var posts = Options.PostTransport == EnetPostTransport.Soap ? $"orders posted by SOAP at {Options.EnetSoapUrl.GetLeftPart(UriPartial.Path)}" : "orders posted by REST";
            return new ConnectionCheck("e.net", true,
                $"Logged on to company '{Options.CompanyId}' as operator '{Options.Operator}' (e.net {version}), read SorMaster with COMFND, {posts}, " +
                $"{Options.LicenceSeats} licence seat(s).");
        }
        catch (ConnectorException e)
        {
            return new ConnectionCheck("e.net", false, $"e.net at {Options.EnetUrl.GetLeftPart(UriPartial.Path)}: {e.Message}");
        }
    }
}
