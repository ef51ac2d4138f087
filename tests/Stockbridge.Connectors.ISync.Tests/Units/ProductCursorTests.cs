using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.ISync.Products;

namespace Stockbridge.Connectors.ISync.Tests.Units;

public sealed class ProductCursorTests
{
    [Fact]
    public void A_cursor_round_trips_with_a_bar_in_the_SKU()
    {
        var cursor = ProductCursor.Parse("2026-12-01T08:00:00.0000000Z|A|B").ShouldNotBeNull();

        (cursor.ModifiedDate, cursor.Sku).ShouldBe(("2026-12-01T08:00:00.0000000Z", "A|B"));
        cursor.ToString().ShouldBe("2026-12-01T08:00:00.0000000Z|A|B");
    }

    [Fact]
    public void The_empty_cursor_is_the_start() => ProductCursor.Parse("").ShouldBeNull();

    [Theory]
    [InlineData("no-bar")]
    [InlineData("|SKU")]
    [InlineData("2026-12-01|")]
    public void A_cursor_not_from_this_connector_is_refused_by_name(string text) =>
        Should.Throw<PermanentConnectorException>(() => ProductCursor.Parse(text)).Message.ShouldContain(text);
}
