namespace ParIndex.Tests.Scoring;

public class PublishedRoundingTests
{
    [Theory]
    [InlineData("85.7142857142857142857142857", "85.71")] // 6 of 7 points × 100
    [InlineData("2.345", "2.35")] // half away from zero, not to even (2.34)
    [InlineData("-2.345", "-2.35")]
    [InlineData("2.344999", "2.34")]
    [InlineData("50", "50")]
    public void Index_RoundsToTwoDecimals_HalfAwayFromZero(string exact, string published) =>
        Assert.Equal(decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture), PublishedRounding.Index(decimal.Parse(exact, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Round_HalfAtZeroDecimals_GoesAwayFromZero()
    {
        Assert.Equal(1m, PublishedRounding.Round(0.5m, 0));
        Assert.Equal(3m, PublishedRounding.Round(2.5m, 0)); // to even would give 2
        Assert.Equal(-3m, PublishedRounding.Round(-2.5m, 0));
        Assert.Equal(2, PublishedRounding.IndexDecimals);
    }

    [Fact]
    public void Round_DecimalsOutsideZeroTo28_Throws() =>
        Assert.Equal("decimals", Assert.Throws<System.ArgumentOutOfRangeException>(() => PublishedRounding.Round(1m, 29)).ParamName);

    [Theory]
    [InlineData(0, "0.5")] // half of a unit of the ones place
    [InlineData(2, "0.005")] // an index published to two places lies within 0.005 of its exact value
    [InlineData(3, "0.0005")]
    public void HalfUnit_IsHalfOfTheLastPlace(int decimals, string half) =>
        Assert.Equal(decimal.Parse(half, System.Globalization.CultureInfo.InvariantCulture), PublishedRounding.HalfUnit(decimals));

    [Theory]
    [InlineData(8, 2, "0.045")] // eight areas: 8 × 0.005 for the parts + 0.005 for the total
    [InlineData(0, 2, "0.005")] // no parts: the total's own rounding only
    [InlineData(3, 0, "2")] // 3 × 0.5 + 0.5
    public void SumTolerance_IsOneHalfUnitPerPartAndOneForTheTotal(int parts, int decimals, string tolerance) =>
        Assert.Equal(decimal.Parse(tolerance, System.Globalization.CultureInfo.InvariantCulture), PublishedRounding.SumTolerance(parts, decimals));
}
