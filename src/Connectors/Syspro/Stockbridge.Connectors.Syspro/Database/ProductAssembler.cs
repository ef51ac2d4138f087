using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Stockbridge.Connectors.Syspro.Settings;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.Syspro.Database;

/// <summary>
/// Builds products from the interleaved rows of <see cref="ProductSql.Rows"/>: rows arrive grouped by StockCode, so a
/// product is complete when the next StockCode starts. Holds one product's rows at a time.
/// </summary>
internal sealed class ProductAssembler(SysproOptions options)
{
    private string? _code;
    private string? _title;
    private string _active = "";
    private string _listPriceCode = "A";
    private int _decimals;
    private long _version;
    private bool _hasMaster;
    private readonly SortedDictionary<string, decimal> _prices = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, decimal> _available = new(StringComparer.Ordinal);

    /// <summary>Adds a row; returns the previous product when this row starts a new StockCode.</summary>
    public VersionedProduct? Add(DbDataReader row)
    {
        var code = row.GetString(0).TrimEnd();
        VersionedProduct? completed = null;
        if (!string.Equals(code, _code, StringComparison.Ordinal))
        {
            completed = Flush();
            _code = code;
        }
        _version = Math.Max(_version, RowVersion.Read(row, 7));
        switch (Convert.ToInt32(row.GetValue(1), CultureInfo.InvariantCulture))
        {
            case 0:
                _hasMaster = true;
                _title = Text(row, 2);
                _active = Text(row, 3);
                _listPriceCode = Text(row, 4);
                _decimals = Convert.ToInt32(row.GetValue(5), CultureInfo.InvariantCulture);
                break;
            case 1:
                _prices[Text(row, 2)] = row.GetDecimal(5);
                break;
            default:
                var warehouse = Text(row, 2);
                if (options.Warehouses is null || options.Warehouses.Contains(warehouse))
                    _available[warehouse] = Math.Max(0, row.GetDecimal(5) - row.GetDecimal(6));
                break;
        }
        return completed;
    }

    /// <summary>The product being built (if it had an InvMaster row), and starts afresh.</summary>
    public VersionedProduct? Flush()
    {
        VersionedProduct? product = _hasMaster && _code is not null ? new VersionedProduct(Build(_code), _version) : null;
        _hasMaster = false;
        _version = 0;
        _prices.Clear();
        _available.Clear();
        return product;
    }

    private Product Build(string code)
    {
        var active = string.Equals(_active.Trim(), options.ActiveValue.Trim(), StringComparison.OrdinalIgnoreCase);
        var tiers = _prices.ToImmutableSortedDictionary(StringComparer.Ordinal);
        var variant = new Variant
        {
            SourceVariantCode = code,
            Sku = code,
            InventoryManagement = true,
            Price = tiers.TryGetValue(_listPriceCode, out var list) ? list : null,
            PriceTiers = tiers,
            QtyAvailability = _available.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Qty = _available.Values.Sum(),
            Active = active,
            QuantityDecimals = _decimals,
        };
        return new Product { SourceProductCode = code, Title = string.IsNullOrWhiteSpace(_title) ? code : _title, Active = active, Variants = [variant] };
    }

    private static string Text(DbDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? "" : (Convert.ToString(row.GetValue(ordinal), CultureInfo.InvariantCulture) ?? "").TrimEnd();
}
