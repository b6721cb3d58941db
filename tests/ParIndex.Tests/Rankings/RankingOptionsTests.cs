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

    [Theory]
    [InlineData(-1)]
    [InlineData(29)] // a decimal holds 28 decimals
    public void Decimals_OutsideWhatADecimalRoundsTo_IsRefusedNamingDecimals(int decimals)
    {
        // Was accepted, and the ranking threw decimal.Round's exception naming its own parameter 'decimals'.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RankingOptions { Decimals = decimals });
        Assert.Equal("Decimals", e.ParamName);
        Assert.Equal(decimals, e.ActualValue);
        Assert.Contains("rounding takes 0 to 28", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(28)]
    public void Decimals_AtTheEnds_AreKept(int decimals) =>
        Assert.Equal(decimals, new RankingOptions { Decimals = decimals }.Decimals);

    [Fact]
    public void Ties_NotATiePolicy_IsRefusedQuotingIt()
    {
        // Was accepted and ranked silently as Standard: 1, 2, 2, 4.
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RankingOptions { Ties = (TiePolicy)99 });
        Assert.Equal("Ties", e.ParamName);
        Assert.Equal((TiePolicy)99, e.ActualValue);
        Assert.Contains("99 is not a tie policy", e.Message, StringComparison.Ordinal);
    }
}
