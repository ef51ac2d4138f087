using Npgsql;
using Stockbridge.Connectors.Sql.Simulator.Acme;

namespace Stockbridge.Bench.Sql;

/// <summary>
/// The Acme ERP schema in a PostgreSQL database of its own, seeded server-side (generate_series) with N variants — three
/// sizes per style, stock in two warehouses — so seeding a million rows takes seconds, not an hour of round trips.
/// </summary>
public static class BenchDatabase
{
    /// <summary>Drops and creates <paramref name="database"/> and seeds <paramref name="variants"/> variants; returns its connection string.</summary>
    public static async Task<string> SeedAsync(string admin, string database, int variants, CancellationToken cancellationToken)
    {
        if (!Stockbridge.Connectors.Sql.Mapping.ColumnName.IsPlain(database)) throw new ArgumentException($"'{database}' is not a plain database name.", nameof(database));
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)", cancellationToken);
            await ExecuteAsync(connection, $"CREATE DATABASE {database}", cancellationToken);
        }
        var target = new NpgsqlConnectionStringBuilder(admin) { Database = database, Pooling = false }.ConnectionString;
        await using (var connection = new NpgsqlConnection(target))
        {
            await connection.OpenAsync(cancellationToken);
            foreach (var ddl in AcmeSchema.Statements(AcmeEngine.PostgreSql)) await ExecuteAsync(connection, ddl, cancellationToken);
            var styles = (variants + 2) / 3;
            await ExecuteAsync(connection, $"""
                INSERT INTO acme_items (item_code, style_code, description, colour, size, barcode, list_price, trade_price, web_status, updated_at)
                SELECT 'ST' || lpad(s::text, 7, '0') || '-' || z.size, 'ST' || lpad(s::text, 7, '0'), 'Acme Tee ' || s, 'Black', z.size,
                       (6000000000000 + s * 10 + z.n)::text, 100 + (s % 50) * 10 + z.n * 5 + 0.99, 80 + (s % 50) * 10 + z.n * 5 + 0.99,
                       'Active', timestamp '2026-12-01 00:00:00' + (s % 86400) * interval '1 second'
                FROM generate_series(1, {styles}) AS s
                CROSS JOIN (VALUES ('S', 0), ('M', 1), ('L', 2)) AS z(size, n)
                WHERE (s - 1) * 3 + z.n < {variants}
                """, cancellationToken);
            foreach (var warehouse in AcmeSchema.Warehouses)
            {
                await ExecuteAsync(connection, $"""
                    INSERT INTO acme_stock (item_code, warehouse, on_hand, on_sales_order, updated_at)
                    SELECT item_code, '{warehouse}', 20 + length(item_code) % 7, 1, updated_at FROM acme_items
                    """, cancellationToken);
            }
            await ExecuteAsync(connection, "INSERT INTO acme_customers (account, name, on_hold) VALUES ('CASH', 'Web cash sales', 'N')", cancellationToken);
            await ExecuteAsync(connection, "ANALYZE", cancellationToken);
        }
        return target;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 3600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
