namespace ParIndex.Tests.Rules;

/// <summary>Every spelling of the readers' word list, as the README's "Reading your files" section lists it.</summary>
public class ValueWordsTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("y")]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("x")]
    [InlineData("có")]
    [InlineData("co")]
    [InlineData("đạt")]
    [InlineData("dat")]
    [InlineData("đạt yêu cầu")]
    public void Yes_EverySpelling(string word) => Assert.Equal((true, false), (ValueWords.IsYes(word), ValueWords.IsNo(word)));

    [Theory]
    [InlineData("no")]
    [InlineData("n")]
    [InlineData("false")]
    [InlineData("0")]
    [InlineData("không")]
    [InlineData("khong")]
    [InlineData("không đạt")]
    [InlineData("khong dat")]
    [InlineData("không đạt yêu cầu")]
    [InlineData("chưa đạt")]
    public void No_EverySpelling(string word) => Assert.Equal((false, true), (ValueWords.IsYes(word), ValueWords.IsNo(word)));

    [Theory]
    [InlineData("n/a")]
    [InlineData("na")]
    [InlineData("not applicable")]
    [InlineData("không áp dụng")]
    [InlineData("khong ap dung")]
    [InlineData("kad")]
    [InlineData("kapd")]
    public void NotApplicable_EverySpelling(string word) => Assert.True(ValueWords.IsNotApplicable(word));

    [Theory]
    [InlineData("not done")]
    [InlineData("chưa")]
    [InlineData("chua")]
    [InlineData("chưa thực hiện")]
    [InlineData("chua thuc hien")]
    [InlineData("không thực hiện")]
    [InlineData("khong thuc hien")]
    public void NotDone_EverySpelling(string word) => Assert.Equal((true, false), (ValueWords.IsNotDone(word), ValueWords.IsNo(word)));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("–")] // an en dash, as Word and Excel turn a typed dash
    [InlineData(".")]
    [InlineData("n/a")]
    [InlineData("na")]
    [InlineData("null")]
    [InlineData("#n/a")]
    public void Blank_EverySpelling(string word) => Assert.True(ValueWords.IsBlank(word));

    [Fact]
    public void Words_AreMatchedTrimmed_IgnoringCase_InNfc()
    {
        Assert.True(ValueWords.IsYes("  CÓ\t"));
        Assert.True(ValueWords.IsYes("co\u0301")); // "có" typed as c, o and a combining acute (NFD)
        Assert.True(ValueWords.IsNotApplicable("Không Áp Dụng"));
        Assert.True(ValueWords.IsBlank("#N/A"));
    }

    [Theory]
    [InlineData("Stryker was here!")]
    [InlineData("yes please")]
    [InlineData("2")]
    [InlineData("ok")]
    public void OtherWords_MeanNothing(string word) =>
        Assert.Equal([false, false, false, false, false],
            new[] { ValueWords.IsYes(word), ValueWords.IsNo(word), ValueWords.IsNotApplicable(word), ValueWords.IsNotDone(word), ValueWords.IsBlank(word) });

    [Fact]
    public void Lists_HoldNoEmptyWordButTheBlank() =>
        Assert.All(new[] { ValueWords.Yes, ValueWords.No, ValueWords.NotApplicable, ValueWords.NotDone }.SelectMany(w => w), w => Assert.NotEqual("", w));
}
