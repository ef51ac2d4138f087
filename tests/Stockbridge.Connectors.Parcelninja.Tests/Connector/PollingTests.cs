using Stockbridge.Connectors.Parcelninja.Tests.Support;

namespace Stockbridge.Connectors.Parcelninja.Tests.Connector;

/// <summary>Following outbound events by poll, for the webhooks that never came.</summary>
public sealed class PollingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_poll_returns_outbounds_whose_newest_event_is_after_the_cursor_and_nothing_else()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var start = bed.Clock.GetUtcNow().AddSeconds(-1);
        var first = ParcelninjaTestBed.Code();
        var second = ParcelninjaTestBed.Code();
        var firstId = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(first, "SKU-P"), Ct);
        var secondId = await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(second, "SKU-P"), Ct);

        var all = await bed.Connector.ReadChangedShipmentsAsync(start, Ct);
        Assert.Equal([firstId, secondId], all.Select(c => c.ShipmentId).Order());
        Assert.All(all, c => Assert.Equal(240, c.Latest.Code));

        var cursor = all.Max(c => c.Latest.At);
        Assert.Empty(await bed.Connector.ReadChangedShipmentsAsync(cursor, Ct));

        bed.AdvanceSteps(4);
        var moved = await bed.Connector.ReadChangedShipmentsAsync(cursor, Ct);
        Assert.Equal(2, moved.Count);
        Assert.All(moved, c => Assert.Equal(244, c.Latest.Code));
        Assert.Contains(moved, c => c.ChannelOrderCode == first);
    }

    [Fact]
    public async Task The_poll_pages_through_more_outbounds_than_one_page()
    {
        await using var bed = await ParcelninjaTestBed.StartAsync();
        var start = bed.Clock.GetUtcNow().AddSeconds(-1);
        var codes = Enumerable.Range(0, ParcelninjaConnector.PageSize + 3).Select(_ => ParcelninjaTestBed.Code()).ToList();
        foreach (var code in codes) await bed.Connector.CreateShipmentAsync(ParcelninjaTestBed.OrderFor(code, "SKU-P"), Ct);

        var changes = await bed.Connector.ReadChangedShipmentsAsync(start, Ct);

        Assert.Equal(codes.Order(StringComparer.Ordinal), changes.Select(c => c.ChannelOrderCode).Order(StringComparer.Ordinal));
    }
}
