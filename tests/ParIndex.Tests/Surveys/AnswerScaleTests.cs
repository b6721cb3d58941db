namespace ParIndex.Tests.Surveys;

public class AnswerScaleTests
{
    [Theory]
    [InlineData("satisfaction5", 5)]
    [InlineData("threeLevel", 3)]
    [InlineData("yesNo", 2)]
    [InlineData("choice:7", 7)]
    public void Parse_KnownName_GivesTheScale(string name, int maxCode)
    {
        var scale = AnswerScale.Parse(name);

        Assert.Equal((name, maxCode), (scale.Name, scale.MaxCode));
        Assert.Equal(scale, AnswerScale.Parse(name));
    }

    [Theory]
    [InlineData("choice:9")]
    [InlineData("likert")]
    public void Parse_UnknownName_Throws(string name) =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => AnswerScale.Parse(name)).ParamName);

    [Fact]
    public void IsAnswer_DontKnowAndBlank_AreNotAnswers()
    {
        Assert.True(AnswerScale.Satisfaction5.IsAnswer(5));
        Assert.False(AnswerScale.Satisfaction5.IsAnswer(AnswerScale.DontKnowCode));
        Assert.False(AnswerScale.Satisfaction5.IsAnswer(AnswerScale.NoAnswerCode));
        Assert.True(AnswerScale.Satisfaction5.IsSatisfaction);
        Assert.False(AnswerScale.Choice(5).IsSatisfaction);
    }
}
