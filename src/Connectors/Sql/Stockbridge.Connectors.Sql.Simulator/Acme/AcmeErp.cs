using System.Globalization;
using Stockbridge.Connectors.Simulation;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>What the ERP's own users do to the Acme database (change prices and stock), and what it holds (imported orders).</summary>
public sealed class AcmeErp(IAcmeHost host, int styles, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>How many styles are seeded.</summary>
    public int Styles { get; } = styles;

    /// <summary>An open read-write connection as the ERP's own users (for tests that change the schema).</summary>
    public Task<System.Data.Common.DbConnection> OpenAsync(CancellationToken cancellationToken) => host.OpenErpAsync(cancellationToken);

    /// <summary>Raises the list price of one item of a style; returns the style (the product code).</summary>
    public async Task<string> ChangePriceAsync(int style, decimal by, CancellationToken cancellationToken)
    {
        var item = AcmeSeeder.Item(style, AcmeSeeder.Sizes[style % AcmeSeeder.Sizes.Count]);
        await WithConnectionAsync(async connection => await AcmeCommands.ExecuteAsync(connection, null,
            "UPDATE acme_items SET list_price = list_price + @by, updated_at = @now WHERE item_code = @item", cancellationToken,
            ("@by", by), ("@now", AcmeCommands.Now(time)), ("@item", item)), cancellationToken);
        return AcmeSeeder.Style(style);
    }

    /// <summary>Sets an item's stock on hand in the first warehouse (JHB).</summary>
    public Task SetStockAsync(string item, decimal onHand, CancellationToken cancellationToken) =>
        WithConnectionAsync(async connection =>
        {
            var changed = await AcmeCommands.ExecuteAsync(connection, null,
                "UPDATE acme_stock SET on_hand = @on_hand, updated_at = @now WHERE item_code = @item AND warehouse = @warehouse", cancellationToken,
                ("@on_hand", onHand), ("@now", AcmeCommands.Now(time)), ("@item", item), ("@warehouse", AcmeSchema.Warehouses[0]));
            if (changed == 0) throw new InvalidOperationException($"Acme has no stock row for item '{item}'.");
        }, cancellationToken);

    /// <summary>The orders imported for a channel order code, with their value (lines plus freight) and line count.</summary>
    public async Task<IReadOnlyList<SourceOrderState>> FindOrdersAsync(string channelOrderCode, CancellationToken cancellationToken)
    {
        var orders = new List<SourceOrderState>();
        await WithConnectionAsync(async connection =>
        {
            await using var command = AcmeCommands.Create(connection, null,
                "SELECT o.id, o.customer_account, o.freight, " +
                "(SELECT COALESCE(SUM(l.net_value), 0) FROM acme_order_import_lines l WHERE l.order_code = o.channel_order_code), " +
                "(SELECT COUNT(*) FROM acme_order_import_lines l WHERE l.order_code = o.channel_order_code) " +
                "FROM acme_order_import o WHERE o.channel_order_code = @code ORDER BY o.id", ("@code", channelOrderCode));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var value = Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture) + Convert.ToDecimal(reader.GetValue(3), CultureInfo.InvariantCulture);
                orders.Add(new SourceOrderState(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!, reader.GetString(1),
                    Math.Round(value, 2), Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture)));
            }
        }, cancellationToken);
        return orders;
    }

    private async Task WithConnectionAsync(Func<System.Data.Common.DbConnection, Task> work, CancellationToken cancellationToken)
    {
        // One ERP user at a time: SQLite takes one writer, and the mutator and the probes share the database.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await host.OpenErpAsync(cancellationToken);
            await work(connection);
        }
        finally
        {
            _gate.Release();
        }
    }
}
