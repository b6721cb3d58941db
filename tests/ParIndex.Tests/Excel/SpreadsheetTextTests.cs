using ParIndex.Excel;

namespace ParIndex.Tests.Excel;

public class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+SUM(A1)", true)]
    [InlineData("-2+3", true)]
    [InlineData("@cmd", true)]
    [InlineData("\tx", true)]
    [InlineData("-3", false)]
    [InlineData("+1.5", false)]
    [InlineData("Sở A", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsFormulaLike_Text_SaysWhetherASpreadsheetWouldRunIt(string? text, bool expected)
    {
        Assert.Equal(expected, SpreadsheetText.IsFormulaLike(text));
    }
}
