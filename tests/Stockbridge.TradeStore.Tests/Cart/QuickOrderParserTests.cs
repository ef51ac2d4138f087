using Stockbridge.TradeStore.Cart;

namespace Stockbridge.TradeStore.Tests.Cart;

public sealed class QuickOrderParserTests
{
    [Fact]
    public void Reads_csv_with_a_header_and_several_separators()
    {
        var (lines, problems) = QuickOrderParser.Parse("sku,qty\nABC-1,12\r\n\nXYZ-2;3\nQQQ 4");
        problems.ShouldBeEmpty();
        lines.Select(l => (l.Line, l.Item.Sku, l.Item.Qty)).ShouldBe([(2, "ABC-1", 12m), (4, "XYZ-2", 3m), (5, "QQQ", 4m)]);
    }

    [Fact]
    public void Bad_lines_name_their_line_and_field()
    {
        var (_, problems) = QuickOrderParser.Parse("ABC-1,12\nXYZ-2,many\nQQQ\nA,1,2\n,5");
        problems.Select(p => p.ToString()).ShouldBe(
        [
            "Line 2, quantity: 'many' is not a quantity (a number above 0)",
            "Line 3, quantity: missing after 'QQQ'",
            "Line 4, line: expected 'SKU,quantity' but found 3 fields",
            "Line 5, sku: missing",
        ], ignoreOrder: false);
    }

    [Fact]
    public void Nothing_given_is_a_problem()
    {
        QuickOrderParser.Parse("  \n").Problems.ShouldHaveSingleItem().Field.ShouldBe("sku");
    }
}
