using ParIndex.Csv;

namespace ParIndex.Tests;

public class ArgumentTextTests
{
    [Fact]
    public void Of_ArgumentErrorOfTheLibrary_IsItsWordsWithoutTheParameterLine()
    {
        var error = Assert.Throws<ArgumentException>(() => GapTarget.Group(" "));

        Assert.Equal("Value must not be empty or white space.", ArgumentText.Of(error));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Of_OutOfRangeErrorOfTheLibrary_IsItsWordsWithoutTheActualValueLine()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SipasOptions { BootstrapReplicates = 1 });

        Assert.Equal("One replicate has no spread: use 0 or at least 2.", ArgumentText.Of(error));
        Assert.Equal((nameof(SipasOptions.BootstrapReplicates), (object?)1), (error.ParamName, error.ActualValue));
    }

    [Fact]
    public void Of_ArgumentErrorOfAnotherPackage_IsItsWords()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvOptions.GetEncoding("bogus"));

        Assert.Equal("'bogus' is not an encoding this reader knows; try utf-8, utf-16 or windows-1258.", ArgumentText.Of(error));
    }

    [Fact]
    public void Of_ArgumentErrorNotOfTheLibrary_IsNull() =>
        Assert.Null(ArgumentText.Of(new ArgumentException("Some words.", "x")));

    [Fact]
    public void Of_Null_Throws() =>
        Assert.Equal("exception", Assert.Throws<ArgumentNullException>(() => ArgumentText.Of(null!)).ParamName);
}
