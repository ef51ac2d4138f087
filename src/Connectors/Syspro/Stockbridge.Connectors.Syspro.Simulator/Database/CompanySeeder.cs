using System.Globalization;
using Microsoft.Data.Sqlite;
using Stockbridge.Connectors.Syspro.Simulator.Hosting;

namespace Stockbridge.Connectors.Syspro.Simulator.Database;

/// <summary>
/// Generates a plausible company from a seed: warehouses, stock codes with prices and stock, customers.
/// One transaction, prepared commands reused per row: 1,000,000 stock codes (about 7 million rows) take well under a minute.
/// </summary>
internal sealed class CompanySeeder(SysproSimulatorOptions options)
{
    private readonly Random _random = new(options.Seed);
    private long _rowVersion;

    public async Task SeedAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await CompanyDatabase.Exec(connection, "PRAGMA synchronous = OFF;", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (code, name) in SeedCatalogue.Warehouses)
            await CompanyDatabase.Exec(connection, $"INSERT OR IGNORE INTO InvWhControl VALUES ('{code}', '{name}');", cancellationToken, transaction);

        var stock = new StockRowWriter(connection, transaction);
        for (var i = 1; i <= options.StockCodes; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SeedStockCode(stock, i);
        }

        var customers = new CustomerRowWriter(connection, transaction);
        foreach (var special in SeedCatalogue.SpecialCustomers) customers.Insert(special with { TimeStamp = ++_rowVersion });
        var count = options.Customers ?? Math.Max(20, options.StockCodes / 100);
        for (var i = 1; i <= count; i++) customers.Insert(GenerateCustomer(i));

        await CompanyDatabase.Exec(connection, $"UPDATE RowVersionCounter SET Value = {_rowVersion} WHERE Id = 1;", cancellationToken, transaction);
        await transaction.CommitAsync(cancellationToken);
        await CompanyDatabase.Exec(connection, "PRAGMA synchronous = NORMAL;", cancellationToken);
    }

    private void SeedStockCode(StockRowWriter stock, int i)
    {
        var productClass = SeedCatalogue.ProductClasses[i % SeedCatalogue.ProductClasses.Length];
        var code = SeedCatalogue.StockCode(i);
        var description = $"{Pick(SeedCatalogue.Adjectives)} {productClass.Noun} {Pick(SeedCatalogue.Sizes)}";
        var active = _random.NextDouble() < 0.95 ? "Y" : "N";
        stock.InsertMaster(code, description, productClass.Code, active, ++_rowVersion);

        var retail = Math.Round((decimal)(_random.NextDouble() * 2000 + 20), 2);
        var tiers = 2 + _random.Next(3); // A..C, A..D or A..E
        for (var t = 0; t < tiers; t++)
            stock.InsertPrice(code, SeedCatalogue.PriceCodes[t], Math.Round(retail * (1m - (0.05m * t)), 2), ++_rowVersion);

        for (var w = 0; w < SeedCatalogue.Warehouses.Count; w++)
        {
            if (w > 0 && _random.Next(3) < w) continue; // JHB always, CPT 2 in 3, DBN 1 in 3
            var onHand = _random.Next(0, 500);
            var allocated = onHand == 0 ? 0 : _random.Next(0, Math.Min(onHand, 20));
            stock.InsertWarehouse(code, SeedCatalogue.Warehouses[w].Code, onHand, allocated, ++_rowVersion);
        }
    }

    private CustomerRow GenerateCustomer(int i)
    {
        var name = $"{Pick(SeedCatalogue.TradeNames)} {Pick(SeedCatalogue.TradeSuffixes)}";
        var code = string.Create(CultureInfo.InvariantCulture, $"C{i:D6}");
        var email = $"accounts+{code.ToLowerInvariant()}@{name.Split(' ')[0].ToLowerInvariant()}.example";
        return new CustomerRow(code, name, email, SeedCatalogue.PriceCodes[_random.Next(4)], 10000m * (1 + _random.Next(50)),
            _random.NextDouble() < 0.03 ? "Y" : "N", SeedCatalogue.Salespeople[_random.Next(SeedCatalogue.Salespeople.Length)], ++_rowVersion);
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
