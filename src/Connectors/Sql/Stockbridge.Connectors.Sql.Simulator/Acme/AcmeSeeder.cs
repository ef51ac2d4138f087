using System.Globalization;

namespace Stockbridge.Connectors.Sql.Simulator.Acme;

/// <summary>
/// Seeds the Acme ERP: styles of three sizes each (one style marked Ignore and one Delete, as a merchant's web status would),
/// stock in two warehouses, a cash account and a few trade accounts.
/// </summary>
public static class AcmeSeeder
{
    /// <summary>The cash account web orders are raised against.</summary>
    public const string CashAccount = "CASH";

    /// <summary>The sizes of every style.</summary>
    public static IReadOnlyList<string> Sizes { get; } = ["S", "M", "L"];

    private static readonly string[] Colours = ["Black", "Navy", "Red", "Green", "Grey"];

    /// <summary>The style code of style <paramref name="index"/> (1-based).</summary>
    public static string Style(int index) => "ST" + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The item code of a style's size.</summary>
    public static string Item(int style, string size) => Style(style) + "-" + size;

    /// <summary>The trade accounts' e-mails.</summary>
    public static IReadOnlyList<string> TradeEmails { get; } = ["buyer@boutique.example", "orders@outdoor.example", "stock@campus.example"];

    /// <summary>Creates the schema and seeds <paramref name="styles"/> styles.</summary>
    public static async Task SeedAsync(IAcmeHost host, int styles, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        await using var connection = await host.OpenErpAsync(cancellationToken);
        foreach (var ddl in AcmeSchema.Statements(host.Engine)) await AcmeCommands.ExecuteAsync(connection, null, ddl, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = AcmeCommands.Now(time);
        for (var s = 1; s <= styles; s++)
        {
            var status = s == styles && styles > 3 ? "Ignore" : s == styles - 1 && styles > 3 ? "Delete" : "Active";
            var colour = Colours[s % Colours.Length];
            foreach (var (size, n) in Sizes.Select((size, n) => (size, n)))
            {
                var item = Item(s, size);
                var price = 100m + s % 50 * 10m + n * 5m + 0.99m;
                await AcmeCommands.ExecuteAsync(connection, transaction,
                    "INSERT INTO acme_items (item_code, style_code, description, colour, size, barcode, list_price, trade_price, web_status, updated_at) " +
                    "VALUES (@item, @style, @description, @colour, @size, @barcode, @price, @trade, @status, @now)", cancellationToken,
                    ("@item", item), ("@style", Style(s)), ("@description", $"Acme {colour} Tee {Style(s)}"), ("@colour", colour), ("@size", size),
                    ("@barcode", (6000000000000L + s * 10L + n).ToString(CultureInfo.InvariantCulture)), ("@price", price), ("@trade", price - 20m),
                    ("@status", status), ("@now", now));
                foreach (var warehouse in AcmeSchema.Warehouses)
                {
                    await AcmeCommands.ExecuteAsync(connection, transaction,
                        "INSERT INTO acme_stock (item_code, warehouse, on_hand, on_sales_order, updated_at) VALUES (@item, @warehouse, @on_hand, @allocated, @now)",
                        cancellationToken, ("@item", item), ("@warehouse", warehouse), ("@on_hand", 20m + (s + n) % 7 * 3m), ("@allocated", (s + n) % 3 * 1m), ("@now", now));
                }
            }
        }
        await AcmeCommands.ExecuteAsync(connection, transaction,
            "INSERT INTO acme_customers (account, name, contact_first, contact_last, email, on_hold, price_list) VALUES (@account, @name, NULL, NULL, NULL, 'N', NULL)",
            cancellationToken, ("@account", CashAccount), ("@name", "Web cash sales"));
        foreach (var (email, i) in TradeEmails.Select((email, i) => (email, i)))
        {
            await AcmeCommands.ExecuteAsync(connection, transaction,
                "INSERT INTO acme_customers (account, name, contact_first, contact_last, email, on_hold, price_list) VALUES (@account, @name, @first, @last, @email, @hold, 'TRADE')",
                cancellationToken, ("@account", "ACC" + (i + 1).ToString("D3", CultureInfo.InvariantCulture)), ("@name", $"Trade account {i + 1}"),
                ("@first", "Pat"), ("@last", "Buyer" + (i + 1).ToString(CultureInfo.InvariantCulture)), ("@email", email), ("@hold", i == 2 ? "Y" : "N"));
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
