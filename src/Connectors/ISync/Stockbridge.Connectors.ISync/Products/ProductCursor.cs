using Stockbridge.Connectors.Errors;

namespace Stockbridge.Connectors.ISync.Products;

/// <summary>
/// Where an incremental read resumes: after the row (ModifiedDate, SKU) in the listing's order. Written
/// <c>{ModifiedDate}|{SKU}</c> with iSync's own date text; the empty cursor is the start.
/// </summary>
/// <param name="ModifiedDate">The last row's ModifiedDate as iSync wrote it.</param>
/// <param name="Sku">The last row's SKU.</param>
public sealed record ProductCursor(string ModifiedDate, string Sku)
{
    /// <summary>The cursor of the start.</summary>
    public const string Start = "";

    /// <summary>The cursor after this row.</summary>
    public static ProductCursor After(ISyncProductRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.ModifiedDate, row.Sku);
    }

    /// <summary>The cursor's position, or null for the start.</summary>
    public static ProductCursor? Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        var bar = cursor.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == cursor.Length - 1)
            throw new PermanentConnectorException($"The stored products cursor '{cursor}' is not an iSync cursor ({{ModifiedDate}}|{{SKU}}).");
        return new(cursor[..bar], cursor[(bar + 1)..]);
    }

    /// <inheritdoc />
    public override string ToString() => ModifiedDate + "|" + Sku;
}
