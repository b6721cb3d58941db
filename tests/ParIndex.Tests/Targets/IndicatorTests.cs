namespace ParIndex.Tests.Targets;

public class IndicatorTests
{
    [Fact]
    public void Constructor_KeepsIdWordingAndPublishedIndex()
    {
        var indicator = new Indicator("par-index", " Chỉ số CCHC ", PublishedIndex.Par);

        Assert.Equal(("par-index", "Chỉ số CCHC", PublishedIndex.Par), (indicator.Id, indicator.Wording, indicator.Published!.Value));
        Assert.Equal("par-index (Chỉ số CCHC)", indicator.ToString());
    }

    [Theory]
    [InlineData("a b")]
    [InlineData("")]
    public void Constructor_BadId_Throws(string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Indicator(id, "x")).ParamName);

    [Fact]
    public void Equals_WordingInNfdOrNfc_AreEqual() =>
        Assert.Equal(new Indicator("a", "Hòa"), new Indicator("a", "Ho\u0300a"));
}
