namespace ParIndex.Tests.Rankings;

public class RankingOptionsTests
{
    [Fact]
    public void Default_IsStandardTies_ExactValues_MinistryGroups()
    {
        foreach (var options in new[] { RankingOptions.Default, new RankingOptions() })
        {
            Assert.Equal(TiePolicy.Standard, options.Ties);
            Assert.Null(options.Decimals);
            Assert.Same(GroupScheme.Ministry, options.Groups);
        }
    }

    [Theory]
    [InlineData("87.6025")]
    [InlineData("89.135")]
    [InlineData("0.0000000001")]
    public void Round_WithoutDecimals_KeepsTheExactValue(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(text, RankingOptions.Default.Round(value).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(2, "87.605", "87.61")] // half away from zero; to even would give 87.60
    [InlineData(2, "87.615", "87.62")]
    [InlineData(2, "89.135", "89.14")]
    [InlineData(2, "87.6049999", "87.60")]
    [InlineData(2, "-0.125", "-0.13")]
    [InlineData(3, "87.6025", "87.603")]
    [InlineData(0, "2.5", "3")]
    [InlineData(0, "99.4999", "99")]
    public void Round_WithDecimals_RoundsHalfAwayFromZero(int decimals, string value, string expected)
    {
        var options = new RankingOptions { Decimals = decimals };

        var rounded = options.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, rounded.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
