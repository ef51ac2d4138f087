using Stockbridge.Connectors.Errors;
using Stockbridge.Connectors.Sql.Database;

namespace Stockbridge.Connectors.Sql.Tests.Unit;

/// <summary>The incremental cursor: dates less the overlap, numbers as they are, anything else refused.</summary>
public sealed class ChangeCursorTests
{
    [Fact]
    public void A_date_cursor_starts_the_overlap_earlier_and_keeps_its_kind()
    {
        var marker = new DateTime(2026, 12, 7, 6, 0, 0, DateTimeKind.Unspecified);
        var since = Assert.IsType<DateTime>(ChangeCursor.Since(ChangeCursor.Write(marker), TimeSpan.FromMinutes(5)));
        Assert.Equal(marker.AddMinutes(-5), since);
        Assert.Equal(DateTimeKind.Unspecified, since.Kind);
    }

    [Fact]
    public void A_number_cursor_starts_at_the_number_and_everything_reads_all()
    {
        Assert.Equal(123456789L, ChangeCursor.Since(ChangeCursor.Write(123456789L), TimeSpan.FromMinutes(5)));
        Assert.Null(ChangeCursor.Since(ChangeCursor.Everything, TimeSpan.Zero));
    }

    [Fact]
    public void A_cursor_this_connector_did_not_write_is_a_permanent_error() =>
        Assert.Contains("not one this connector wrote", Assert.Throws<PermanentConnectorException>(() => ChangeCursor.Since("rowversion:0x00", TimeSpan.Zero)).Message, StringComparison.Ordinal);
}
