using Stockbridge.Connectors.ISync.Orders;

namespace Stockbridge.Connectors.ISync.Tests.Units;

public sealed class OrderLinePricesTests
{
    [Theory]
    [InlineData("236.90", "2", "118.45", "0")]
    [InlineData("10.00", "3", "3.33333", "0")]
    [InlineData("1000.00", "3001", "0.33322", "0.01")]
    [InlineData("0", "5", "0", "0")]
    public void The_unit_price_has_five_decimals_and_the_remainder_is_what_iSync_would_lose(string net, string units, string unit, string remainder)
    {
        var (price, left) = OrderLinePrices.For(decimal.Parse(net, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(units, System.Globalization.CultureInfo.InvariantCulture));

        price.ShouldBe(decimal.Parse(unit, System.Globalization.CultureInfo.InvariantCulture));
        left.ShouldBe(decimal.Parse(remainder, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_quantity_of_zero_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => OrderLinePrices.For(10m, 0m));
}
