namespace ParIndex.Tests.Rules;

/// <summary><see cref="IndicatorValue.TryParse"/>: the one grammar of values written in cells.</summary>
public class IndicatorValueParseTests
{
    [Theory]
    [InlineData("9\u00075", IndicatorKind.Percent, "'9\\u00075' is not a percentage such as 87.5 or 87.5%")]
    [InlineData("2023-02-3\u001b0", IndicatorKind.Completion, "'2023-02-3\\u001B0' is not a date")]
    public void TryParse_ControlCharacter_IsQuotedEscaped(string text, IndicatorKind kind, string message)
    {
        // main quoted the bell or the escape raw into the message, and so into a terminal.
        Assert.False(IndicatorValue.TryParse(text, kind, DecimalMark.Point, out _, out var error));

        Assert.StartsWith(message, error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NullText_IsRefusedNamingIt() =>
        Assert.Throws<System.ArgumentNullException>("text", () => IndicatorValue.TryParse(null!, IndicatorKind.Flag, DecimalMark.Point, out _, out _));

    [Theory]
    [InlineData("3", IndicatorKind.Number, "3")]
    [InlineData(" 1.5 ", IndicatorKind.Points, "1.5 points")]
    [InlineData("12/15", IndicatorKind.Ratio, "12/15")]
    [InlineData("yes;no;có", IndicatorKind.Conditions, "[yes, no, yes]")]
    [InlineData("yes|không", IndicatorKind.Conditions, "[yes, no]")]
    [InlineData("95%", IndicatorKind.Percent, "95%")]
    [InlineData("2024-03-01", IndicatorKind.Completion, "completed 2024-03-01")]
    [InlineData("15/02/2023", IndicatorKind.Completion, "completed 2023-02-15")] // day first: the Vietnamese order
    [InlineData("not done", IndicatorKind.Completion, "not completed")]
    [InlineData("chưa thực hiện", IndicatorKind.Completion, "not completed")]
    [InlineData("yes", IndicatorKind.Flag, "yes")] // yes and no in Vietnamese and English
    [InlineData("Có", IndicatorKind.Flag, "yes")]
    [InlineData("đạt", IndicatorKind.Flag, "yes")]
    [InlineData("x", IndicatorKind.Flag, "yes")]
    [InlineData("1", IndicatorKind.Flag, "yes")]
    [InlineData("không", IndicatorKind.Flag, "no")]
    [InlineData("Không đạt", IndicatorKind.Flag, "no")]
    [InlineData("no", IndicatorKind.Flag, "no")]
    [InlineData("0", IndicatorKind.Flag, "no")]
    [InlineData("không áp dụng", IndicatorKind.Ratio, "not applicable")] // not applicable, whatever the kind
    [InlineData("n/a", IndicatorKind.Percent, "not applicable")]
    [InlineData("NA", IndicatorKind.Percent, "not applicable")]
    [InlineData("N/A", IndicatorKind.Percent, "not applicable")]
    [InlineData("không áp dụng", IndicatorKind.Percent, "not applicable")]
    [InlineData("KAD", IndicatorKind.Percent, "not applicable")]
    public void TryParse_EachKind_GivesTheValue(string text, IndicatorKind kind, string expected)
    {
        Assert.True(IndicatorValue.TryParse(text, kind, DecimalMark.Point, out var value, out var error), error);
        Assert.Equal(expected, value.ToString());
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
    [InlineData("1.234,5", DecimalMark.Comma, "1234.5")] // thousands and a decimal comma: one thousand two hundred thirty-four and a half
    [InlineData("1.234.567,25", DecimalMark.Comma, "1234567.25")]
    [InlineData("-1.234,5", DecimalMark.Comma, "-1234.5")]
    [InlineData("+12.345,5", DecimalMark.Comma, "12345.5")]
    [InlineData("123.456,5", DecimalMark.Comma, "123456.5")]
    [InlineData("1234,5", DecimalMark.Comma, "1234.5")]
    [InlineData("86.19", DecimalMark.Point, "86.19", IndicatorKind.Percent)]
    [InlineData("86,19", DecimalMark.Comma, "86.19", IndicatorKind.Percent)]
    [InlineData("86,19%", DecimalMark.Comma, "86.19", IndicatorKind.Percent)]
    [InlineData("87.5", DecimalMark.Comma, "87.5", IndicatorKind.Percent)] // a lone dot before one digit: a decimal point
    public void TryParse_NumbersAndPercentages_ReadByTheFilesMarks(string text, DecimalMark mark, string expected, IndicatorKind kind = IndicatorKind.Number)
    {
        Assert.True(IndicatorValue.TryParse(text, kind, mark, out var value, out var error), error);
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

    [Fact]
    public void TryParse_RatioWithDecimalCommas_ReadsBothParts()
    {
        Assert.True(IndicatorValue.TryParse("1,5/2,5", IndicatorKind.Ratio, DecimalMark.Comma, out var value, out _));
        Assert.Equal((1.5m, 2.5m), (value.Number, value.Denominator));
    }

    [Theory]
    [InlineData("12/15/2", IndicatorKind.Ratio, DecimalMark.Point, "'12/15/2' is not a ratio such as 12/15")]
    [InlineData("12/x", IndicatorKind.Ratio, DecimalMark.Point, "'12/x' is not a ratio such as 12/15")]
    [InlineData("maybe", IndicatorKind.Flag, DecimalMark.Point, "'maybe' is not yes or no")]
    [InlineData("yes;maybe", IndicatorKind.Conditions, DecimalMark.Point, "'yes;maybe' is not answers such as yes;no;yes")]
    [InlineData("soon", IndicatorKind.Completion, DecimalMark.Point, "'soon' is not a date such as 2024-03-01, or 'not done'")]
    [InlineData("x", IndicatorKind.Percent, DecimalMark.Comma, "'x' is not a percentage such as 87,5 or 87,5%")]
    [InlineData("x", IndicatorKind.Percent, DecimalMark.Point, "'x' is not a percentage such as 87.5 or 87.5%")]
    [InlineData("x", IndicatorKind.Points, DecimalMark.Comma, "'x' is not a number of points such as 1,5")]
    [InlineData("x", IndicatorKind.Points, DecimalMark.Point, "'x' is not a number of points such as 1.5")]
    [InlineData("x", IndicatorKind.None, DecimalMark.Point, "'x' is not a value that can be read")]
    public void TryParse_TextOfAnotherShape_SaysWhatWasExpected(string text, IndicatorKind kind, DecimalMark mark, string expected)
    {
        Assert.False(IndicatorValue.TryParse(text, kind, mark, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    // A date's shape with a day or month the calendar lacks: what is wrong is said (main: "not a date such as 2024-03-01").
    [InlineData("2023-02-29", "'2023-02-29' is not a date (February 2023 has 28 days, no day 29)")]
    [InlineData("2024-04-31", "'2024-04-31' is not a date (April 2024 has 30 days, no day 31)")]
    [InlineData("2024-13-01", "'2024-13-01' is not a date (there is no month 13)")]
    [InlineData("29/2/2023", "'29/2/2023' is not a date (February 2023 has 28 days, no day 29)")] // day first, as Vietnamese dates are written
    [InlineData("31/04/2024", "'31/04/2024' is not a date (April 2024 has 30 days, no day 31)")]
    [InlineData("0/4/2024", "'0/4/2024' is not a date (there is no day 0)")]
    public void TryParse_CompletionOnADayThatIsNot_SaysWhatIsWrong(string text, string expected)
    {
        Assert.False(IndicatorValue.TryParse(text, IndicatorKind.Completion, DecimalMark.Point, out _, out var error));
        Assert.Equal(expected, error);
    }
}
