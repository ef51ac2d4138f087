using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Syspro.Settings;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>Streams products from the company database: all of them in StockCode order, or those changed since a cursor.</summary>
internal sealed class ProductReader(SysproDatabase database, SysproOptions options)
{
    public async IAsyncEnumerable<VersionedProduct> ReadAllAsync(string afterCode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SysproDatabase.Command(connection, ProductSql.Rows(options.ActiveUserField, "StockCode > @after"), ("@after", afterCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var assembler = new ProductAssembler(options);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (assembler.Add(reader) is { } product) yield return product;
        }
        if (assembler.Flush() is { } last) yield return last;
    }

    public async IAsyncEnumerable<Changed<Product>> ReadChangedAsync(string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = ProductCursor.Parse(cursor);
        if (position.IsFullRead)
        {
            var watermark = position.Watermark ?? await WatermarkAsync(cancellationToken);
            VersionedProduct? pending = null;
            await foreach (var product in ReadAllAsync(position.FullReadAfter ?? "", cancellationToken))
            {
                if (pending is not null) yield return new Changed<Product>(pending.Product, ProductCursor.Full(watermark, pending.Product.SourceProductCode));
                pending = product;
            }
            if (pending is not null) yield return new Changed<Product>(pending.Product, ProductCursor.At(watermark));
            yield break;
        }

        await using var list = await database.OpenAsync(cancellationToken);
        await using var lookup = await database.OpenAsync(cancellationToken);
        await using var changed = SysproDatabase.Command(list, ProductSql.ChangedSince, ("@after", position.Watermark!.Value));
        await using var one = SysproDatabase.Command(lookup, ProductSql.Rows(options.ActiveUserField, "StockCode = @code"), ("@code", ""));
        await using var reader = await changed.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = RowVersion.Read(reader, 1);
            one.Parameters[0].Value = reader.GetString(0);
            if (await ReadOneAsync(one, cancellationToken) is { } product) yield return new Changed<Product>(product.Product, ProductCursor.At(version));
        }
    }

    private async Task<VersionedProduct?> ReadOneAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var assembler = new ProductAssembler(options);
        while (await reader.ReadAsync(cancellationToken)) assembler.Add(reader);
        return assembler.Flush();
    }

    private async Task<long> WatermarkAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SysproDatabase.Command(connection, ProductSql.Watermark);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }
}
