using NodaTime;
using ParIndex.Rules;
using Xunit;

namespace ParIndex.Tests.Rules;

/// <summary><see cref="IndicatorValue.TryParse"/>: the one grammar of values written in cells.</summary>
public class IndicatorValueParseTests
{
    [Fact]
    public void TryParse_NullText_IsRefusedNamingIt() =>
        Assert.Throws<System.ArgumentNullException>("text", () => IndicatorValue.TryParse(null!, IndicatorKind.Flag, DecimalMark.Point, out _, out _));

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

    [Theory]
    [InlineData("-5", DecimalMark.Point, "-5")]
    [InlineData("+5", DecimalMark.Point, "5")]
    [InlineData(" 7 ", DecimalMark.Point, "7")]
    [InlineData("0.5", DecimalMark.Point, "0.5")]
    [InlineData("1,5", DecimalMark.Comma, "1.5")]
    [InlineData("-1,5", DecimalMark.Comma, "-1.5")]
    [InlineData("12.5", DecimalMark.Comma, "12.5")] // a lone dot before one digit: a decimal point
    [InlineData("1.2345", DecimalMark.Comma, "1.2345")] // before four digits: a decimal point too
    [InlineData(".234", DecimalMark.Comma, "0.234")] // no digit before the dot: nothing to group
    [InlineData("-.234", DecimalMark.Comma, "-0.234")]
    [InlineData("1.234.567", DecimalMark.Comma, "1234567")] // two dots: groups of thousands
    [InlineData("1.234.567,25", DecimalMark.Comma, "1234567.25")]
    [InlineData("-1.234,5", DecimalMark.Comma, "-1234.5")]
    [InlineData("+12.345,5", DecimalMark.Comma, "12345.5")]
    [InlineData("123.456,5", DecimalMark.Comma, "123456.5")]
    [InlineData("1234,5", DecimalMark.Comma, "1234.5")]
    public void TryParse_Numbers_ReadByTheFilesMarks(string text, DecimalMark mark, string expected)
    {
        Assert.True(IndicatorValue.TryParse(text, IndicatorKind.Number, mark, out var value, out var error), error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
    }

    [Theory]
    [InlineData(".", DecimalMark.Point, "")] // no digit
    [InlineData("-", DecimalMark.Comma, "")]
    [InlineData("", DecimalMark.Point, "")]
    [InlineData("5a", DecimalMark.Point, "")]
    [InlineData("5 000", DecimalMark.Comma, "")]
    [InlineData("1.2.3", DecimalMark.Point, "")] // two decimal points
    [InlineData("1,5", DecimalMark.Point, " (write decimals with a dot)")]
    [InlineData("1,2,3", DecimalMark.Comma, " (write decimals with one comma, thousands with dots or not at all)")]
    [InlineData("1.234", DecimalMark.Comma, " (in a file with decimal commas a dot before three digits could be a decimal point or group thousands: write 1234 or 1,234)")]
    [InlineData("-1.234", DecimalMark.Comma, " (in a file with decimal commas a dot before three digits could be a decimal point or group thousands: write 1234 or 1,234)")]
    [InlineData("12.34,5", DecimalMark.Comma, " (dots must group thousands: 1.234,5)")]
    [InlineData("1234.567,5", DecimalMark.Comma, " (dots must group thousands: 1.234,5)")]
    [InlineData(".234,5", DecimalMark.Comma, " (dots must group thousands: 1.234,5)")]
    [InlineData("1.23.456", DecimalMark.Comma, " (dots must group thousands: 1.234,5)")]
    [InlineData("1,234.5", DecimalMark.Comma, " (dots must group thousands: 1.234,5)")] // a dot after the decimal comma
    public void TryParse_NotANumber_SaysWhyWhenItCan(string text, DecimalMark mark, string hint)
    {
        Assert.False(IndicatorValue.TryParse(text, IndicatorKind.Number, mark, out _, out var error));
        Assert.Equal("'" + text + "' is not a count such as 3" + hint, error);
    }
}
