using NodaTime;
using ParIndex.Rules;
using Xunit;

namespace ParIndex.Tests.Rules;

/// <summary><see cref="IndicatorValue.TryParse"/>: the one grammar of values written in cells.</summary>
public class IndicatorValueParseTests
{
    [Theory]
    [InlineData("yes", true)]
    [InlineData("Có", true)]
    [InlineData("đạt", true)]
    [InlineData("x", true)]
    [InlineData("1", true)]
    [InlineData("không", false)]
    [InlineData("Không đạt", false)]
    [InlineData("no", false)]
    [InlineData("0", false)]
    public void TryParse_YesNoWords_ReadInVietnameseAndEnglish(string text, bool yes)
    {
        Assert.True(IndicatorValue.TryParse(text, IndicatorKind.Flag, DecimalMark.Point, out var value, out _));
        Assert.Equal(IndicatorValue.Flag(yes), value);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("NA")]
    [InlineData("N/A")]
    [InlineData("không áp dụng")]
    [InlineData("KAD")]
    public void TryParse_NotApplicableWords_AreNotApplicableForAnyKind(string text)
    {
        Assert.True(IndicatorValue.TryParse(text, IndicatorKind.Percent, DecimalMark.Point, out var value, out _));
        Assert.Equal(IndicatorValue.NotApplicable, value);
    }

    [Theory]
    [InlineData("not done")]
    [InlineData("chưa thực hiện")]
    public void TryParse_NotDoneWords_AreNotCompleted(string text)
    {
        Assert.True(IndicatorValue.TryParse(text, IndicatorKind.Completion, DecimalMark.Point, out var value, out _));
        Assert.Equal(IndicatorValue.NotCompleted, value);
    }

    [Fact]
    public void TryParse_DayFirstDate_IsTheVietnameseOrder()
    {
        Assert.True(IndicatorValue.TryParse("15/02/2023", IndicatorKind.Completion, DecimalMark.Point, out var value, out _));
        Assert.Equal(IndicatorValue.Completed(new LocalDate(2023, 2, 15)), value);
    }

    [Theory]
    [InlineData("86.19", DecimalMark.Point, 86.19)]
    [InlineData("86,19", DecimalMark.Comma, 86.19)]
    [InlineData("86,19%", DecimalMark.Comma, 86.19)]
    [InlineData("87.5", DecimalMark.Comma, 87.5)] // a lone dot before one digit: a decimal point
    public void TryParse_Percent_ReadsTheFilesDecimalMark(string text, DecimalMark mark, double expected)
    {
        Assert.True(IndicatorValue.TryParse(text, IndicatorKind.Percent, mark, out var value, out _));
        Assert.Equal((decimal)expected, value.Number);
    }

    [Theory]
    [InlineData("95,5", DecimalMark.Point, "'95,5' is not a percentage such as 87.5 or 87.5% (write decimals with a dot)")]
    [InlineData("1.234,5", DecimalMark.Point, "(write decimals with a dot)")]
    [InlineData("1.234", DecimalMark.Comma, "could be a decimal point or group thousands")]
    [InlineData("1,2,3", DecimalMark.Comma, "'1,2,3'")]
    public void TryParse_AmbiguousOrForeignNumbers_AreRejectedQuotingTheText(string text, DecimalMark mark, string message)
    {
        Assert.False(IndicatorValue.TryParse(text, IndicatorKind.Number, mark, out _, out var error));
        Assert.Contains(message.Replace("a percentage such as 87.5 or 87.5%", "a count such as 3", System.StringComparison.Ordinal), error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ThousandsWithDecimalComma_IsOneNumber()
    {
        // 1.234,5 in a decimal-comma file: one thousand two hundred thirty-four and a half.
        Assert.True(IndicatorValue.TryParse("1.234,5", IndicatorKind.Number, DecimalMark.Comma, out var value, out _));
        Assert.Equal(1234.5m, value.Number);
    }
}
