using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Takealot.Api;

namespace Stockbridge.Connectors.Takealot.Orders;

/// <summary>
/// Reads sales page by page (<c>page_size</c> 100) in date windows of at most 180 days, as Takealot requires: the poll from a
/// moment up to today, and one order's sales by id for a webhook.
/// </summary>
public sealed class SalesReader(TakealotClient client, TimeProvider time)
{
    /// <summary>The longest window Takealot answers.</summary>
    public const int MaxWindowDays = 180;

    /// <summary>A page's size.</summary>
    public const int PageSize = 100;

    /// <summary>Pages read per window before giving up (100,000 sales).</summary>
    public const int MaxPages = 1_000;

    /// <summary>Every sale ordered on or after <paramref name="since"/>'s day, window by window, oldest window first.</summary>
    public async IAsyncEnumerable<JsonNode> SinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = DateOnly.ParseExact(TakealotDates.Day(time.GetUtcNow()), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = DateOnly.ParseExact(TakealotDates.Day(since), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (first > today) first = today;
        for (var start = first; start <= today; start = start.AddDays(MaxWindowDays + 1))
        {
            var end = start.AddDays(MaxWindowDays) < today ? start.AddDays(MaxWindowDays) : today;
            var filters = $"start_date:{Day(start)};end_date:{Day(end)}";
            await foreach (var sale in PagesAsync(page => $"v2/sales?filters={Uri.EscapeDataString(filters)}&page_number={page}&page_size={PageSize}", cancellationToken))
                yield return sale;
        }
    }

    /// <summary>The sales of one order, looked for over the last 180 days.</summary>
    public async Task<IReadOnlyList<JsonNode>> OrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var end = TakealotDates.Day(now);
        var start = TakealotDates.Day(now.AddDays(-MaxWindowDays));
        var sales = new List<JsonNode>();
        await foreach (var sale in PagesAsync(page => $"v2/sales/orders?start_date={start}&end_date={end}&order_id={Uri.EscapeDataString(orderId)}&page_number={page}&page_size={PageSize}", cancellationToken))
            sales.Add(sale);
        return sales;
    }

    private async IAsyncEnumerable<JsonNode> PagesAsync(Func<int, string> path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; page <= MaxPages; page++)
        {
            var answer = await client.GetAsync(path(page), cancellationToken) ?? throw new PermanentConnectorException($"Takealot GET {path(page)}: 404");
            var sales = answer["sales"] as JsonArray ?? throw new PermanentConnectorException($"Takealot GET {path(page)}: the answer has no sales list");
            foreach (var sale in sales) if (sale is not null) yield return sale;
            var total = answer["page_summary"]?["total"] is JsonValue t && t.TryGetValue<int>(out var n) ? n : 0;
            if (sales.Count < PageSize || page * PageSize >= total) yield break;
        }
        throw new PermanentConnectorException($"Takealot sales: more than {MaxPages} pages in one window");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
