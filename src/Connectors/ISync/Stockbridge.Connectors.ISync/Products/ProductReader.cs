using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Api;
using Stockbridge.Connectors.ISync.Settings;
using Stockbridge.Connectors.Source;
using Stockbridge.Connectors.Wire;
using Stockbridge.Domain.Catalog;

namespace Stockbridge.Connectors.ISync.Products;

/// <summary>
/// Reads products changed after a cursor: pages of the listing in (ModifiedDate, SKU) order, and for each JobProductID on a
/// page every SKU of that group (<c>jobProductId=</c>, up to <see cref="GroupsPerCall"/> per call), so a product always
/// carries all its variants however the listing spreads them. A product is read once per run unless one of its rows changes
/// after its group was read (then it is read again, later). Every product but a page's last carries the cursor of the page's
/// start, the last the cursor of its end, so a run stopped anywhere resumes without a gap. A group whose pull fails (a WebSale
/// outside the three, a missing price) is logged with the reason and left out; the others go on.
/// </summary>
public sealed class ProductReader(ISyncClient client, ISyncSettings settings, ConnectionContext context)
{
    /// <summary>The most JobProductIDs one group call names.</summary>
    public const int GroupsPerCall = 100;

    /// <summary>How many group pulls failed in this reader's runs (each is logged with its reason).</summary>
    public int Failures { get; private set; }

    /// <summary>Products changed after <paramref name="cursor"/> (null or empty: every product).</summary>
    public async IAsyncEnumerable<Changed<Product>> ReadChangedAsync(string? cursor, [EnumeratorCancellation] CancellationToken ct)
    {
        var position = ProductCursor.Parse(cursor);
        var readAt = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        while (true)
        {
            var (rows, last, hasMore) = await ListAsync(position, ct);
            if (last is null) yield break;
            if (last == position) throw new TransientConnectorException($"iSync's product listing did not move past {position}.");
            var start = position?.ToString() ?? ProductCursor.Start;
            var end = last;
            var wanted = rows.Where(r => !readAt.TryGetValue(r.JobProductId, out var at) || r.Modified > at)
                .Select(r => r.JobProductId).Distinct(StringComparer.Ordinal).ToList();
            var products = new List<Product>(wanted.Count);
            foreach (var chunk in wanted.Chunk(GroupsPerCall))
            {
                var groups = (await GroupsAsync(chunk, ct)).ToLookup(r => r.JobProductId, StringComparer.Ordinal);
                foreach (var code in chunk)
                {
                    var groupRows = groups[code].ToList();
                    readAt[code] = groupRows.Count == 0 ? DateTimeOffset.MaxValue : groupRows.Max(r => r.Modified);
                    if (groupRows.Count == 0) continue; // gone between the two calls
                    var outcome = ProductGroupMapper.Map(code, groupRows, settings.Warehouse);
                    if (outcome.Problem is { } problem) Fail(problem);
                    else if (outcome.Product is { } product) products.Add(product);
                }
            }
            for (var i = 0; i < products.Count; i++)
                yield return new Changed<Product>(products[i], i == products.Count - 1 ? end.ToString() : start);
            if (!hasMore) yield break;
            position = end;
        }
    }

    private async Task<(List<ISyncProductRow> Rows, ProductCursor? Last, bool HasMore)> ListAsync(ProductCursor? position, CancellationToken ct)
    {
        var query = new StringBuilder("products?warehouse=").Append(Uri.EscapeDataString(settings.Warehouse))
            .Append("&pageSize=").Append(settings.PageSize.ToString(CultureInfo.InvariantCulture));
        if (position is not null)
        {
            query.Append("&modifiedAfter=").Append(Uri.EscapeDataString(position.ModifiedDate))
                .Append("&afterSku=").Append(Uri.EscapeDataString(position.Sku));
        }
        var answer = await client.GetAsync(query.ToString(), allowNotFound: false, ct) ?? throw NoBody("GET products");
        var rows = Rows(answer);
        var hasMore = answer.Bool("HasMore") ?? throw new TransientConnectorException("iSync's product page has no HasMore.");
        // The page ends at its last row as listed, read or not, so a row that cannot be read is not asked for again and again.
        var last = answer.Arr("Products").LastOrDefault() is { ValueKind: JsonValueKind.Object } item
            && item.Str("ModifiedDate") is { Length: > 0 } modified && item.Str("SKU") is { Length: > 0 } sku
                ? new ProductCursor(modified, sku)
                : rows.Count > 0 ? ProductCursor.After(rows[^1]) : null;
        if (hasMore && last is null) throw new TransientConnectorException("iSync's product page says HasMore but ends in no row to resume after.");
        return (rows, last, hasMore);
    }

    private async Task<List<ISyncProductRow>> GroupsAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        var query = new StringBuilder("products?warehouse=").Append(Uri.EscapeDataString(settings.Warehouse));
        foreach (var code in codes) query.Append("&jobProductId=").Append(Uri.EscapeDataString(code));
        var answer = await client.GetAsync(query.ToString(), allowNotFound: false, ct) ?? throw NoBody("GET products?jobProductId=");
        return Rows(answer);
    }

    private List<ISyncProductRow> Rows(JsonElement answer)
    {
        if (answer.Prop("Products") is not { ValueKind: JsonValueKind.Array } items)
            throw new TransientConnectorException("iSync's product answer has no Products array.");
        var rows = new List<ISyncProductRow>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            var (row, problem) = ISyncProductRowReader.Read(item);
            if (row is not null) rows.Add(row);
            else Fail("iSync product row skipped: " + problem);
        }
        return rows;
    }

    private void Fail(string problem)
    {
        Failures++;
        context.Logger.LogWarning("Connection {ClientId}/{ConnectionId}: {Problem}", context.ClientId, context.ConnectionId, problem);
    }

    private static TransientConnectorException NoBody(string what) => new($"iSync answered {what} with no body.");
}
