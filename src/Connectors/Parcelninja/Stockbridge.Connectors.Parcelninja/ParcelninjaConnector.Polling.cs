using Stockbridge.Connectors.Wire;
using System.Globalization;
using Stockbridge.Connectors.Parcelninja.Outbounds;

namespace Stockbridge.Connectors.Parcelninja;

public sealed partial class ParcelninjaConnector
{
    /// <summary>The page size polling asks for (what Parcelninja's clients use).</summary>
    public const int PageSize = 50;

    /// <summary>The most pages one poll reads.</summary>
    public const int MaxPages = 200;

    /// <summary>
    /// Outbounds whose newest event is later than <paramref name="since"/>, oldest change first: the poll that covers missed
    /// webhooks. Parcelninja lists outbounds by creation date, so this reads those created in the polling window
    /// (<see cref="ParcelninjaSettings.PollWindowDays"/> back from now) page by page and keeps the changed ones.
    /// </summary>
    public async Task<IReadOnlyList<ShipmentChange>> ReadChangedShipmentsAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var start = OutboundReader.InputDate(now.AddDays(-settings.PollWindowDays));
        var end = OutboundReader.InputDate(now);
        var changes = new List<ShipmentChange>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"outbounds/?startDate={start}&endDate={end}&pageSize={PageSize}&page={page}");
            var answer = await api.GetAsync(path, cancellationToken);
            var outbounds = answer?.Body is { } body ? body.Arr("outbounds").ToList() : [];
            foreach (var view in outbounds.Select(o => OutboundReader.Read(o, null)))
                if (view.Latest is { } latest && latest.At > since) changes.Add(new ShipmentChange(view.ShipmentId, view.ChannelOrderCode, latest));
            if (outbounds.Count < PageSize) break;
        }
        return [.. changes.OrderBy(c => c.Latest.At)];
    }
}
