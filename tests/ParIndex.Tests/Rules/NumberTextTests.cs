namespace ParIndex.Tests.Rules;

/// <summary>Floating-point numbers as composite data files write them (R's write.csv and write.csv2).</summary>
public class NumberTextTests
{
    [Theory]
    [InlineData("390.799991147468", 390.799991147468)]
    [InlineData("1e-04", 0.0001)]
    [InlineData(" -2.5E3 ", -2500.0)]
    public void TryParseDouble_DecimalPoint(string text, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, DecimalMark.Point, out var value, out var hint));
        Assert.Equal((expected, (string?)null), (value, hint));
    }

    [Theory]
    [InlineData("390,8", 390.8)]
    [InlineData("1,5e-04", 0.00015)] // write.csv2's exponent after a decimal comma
    [InlineData("-2,5E3", -2500.0)]
    [InlineData("7", 7.0)]
    [InlineData("1,5e+02", 150.0)]
    public void TryParseDouble_DecimalComma(string text, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, DecimalMark.Comma, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void TryParseDouble_CommaInADecimalPointFile_HintsAtTheDot()
    {
        Assert.False(NumberText.TryParseDouble("390,8", DecimalMark.Point, out _, out var hint));
        Assert.Equal(" (write decimals with a dot, and no thousands separator)", hint);
        Assert.False(NumberText.TryParseDouble("abc", DecimalMark.Point, out _, out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("1,5e")] // an exponent mark with no exponent
    [InlineData("1,5e-")]
    [InlineData("1,5ex")]
    [InlineData("1,5e1,5")]
    [InlineData("1,5e99999999999")] // an exponent beyond an int: refused, not read as infinity
    [InlineData("abc")]
    [InlineData("1.234")] // a dot before three digits: a decimal point or a thousands group, so refused
    public void TryParseDouble_DecimalComma_Refused(string text) =>
        Assert.False(NumberText.TryParseDouble(text, DecimalMark.Comma, out _, out _));

    [Theory]
    [InlineData("87.5", "87.5")] // a lone dot before fewer than three digits can only be a decimal point
    [InlineData("86,19", "86.19")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("-1.234,5", "-1234.5")] // the sign before the groups
    [InlineData("-123.456,7", "-123456.7")] // a first group of three after the sign
    [InlineData("+12.345.678,9", "12345678.9")]
    [InlineData("42", "42")]
    public void TryParse_DecimalComma_Read(string text, string expected)
    {
        Assert.True(NumberText.TryParse(text, DecimalMark.Comma, out var value, out var hint));
        Assert.Equal((decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (string?)null), (value, hint));
    }

    [Theory]
    [InlineData("1a", null)] // not a digit, dot or comma
    [InlineData("-", null)] // no digit
    [InlineData(".", null)]
    [InlineData("1,2,3", " (write decimals with one comma, thousands with dots or not at all)")]
    [InlineData("1.234", " (in a file with decimal commas a dot before three digits could be a decimal point or group thousands: write 1234 or 1,234)")]
    [InlineData("1,234.5", " (dots must group thousands: 1.234,5)")]
    [InlineData("12.34,5", " (dots must group thousands: 1.234,5)")]
    [InlineData(",5.0", " (dots must group thousands: 1.234,5)")] // no integer part, and a dot after the comma
    [InlineData("1.23x", null)] // a letter: not a number, whatever the dot could be
    [InlineData("9,5e1", " (write it in plain digits, without an exponent)")]
    public void TryParse_DecimalComma_Refused(string text, string? hint)
    {
        Assert.False(NumberText.TryParse(text, DecimalMark.Comma, out _, out var given));
        Assert.Equal(hint, given);
    }

    [Theory]
    [InlineData("1,5", " (write decimals with a dot)")]
    [InlineData("1.2.3", null)]
    [InlineData("x", null)]
    [InlineData("1,5 kg", null)] // a letter: not a number, and the comma is not what is wrong
    // Numbers, but not as this reads them: the fault is said (main said only "'9.5e1' is not a percentage such as 87.5").
    [InlineData("9.5e1", " (write it in plain digits, without an exponent)")]
    [InlineData("1e400", " (write it in plain digits, without an exponent)")]
    [InlineData("79228162514264337593543950336", " (too large: a number here is at most 79228162514264337593543950335 either way)")]
    public void TryParse_DecimalPoint_Refused(string text, string? hint)
    {
        Assert.False(NumberText.TryParse(text, DecimalMark.Point, out _, out var given));
        Assert.Equal(hint, given);
    }
}
