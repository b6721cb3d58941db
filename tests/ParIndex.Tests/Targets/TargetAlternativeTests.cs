namespace ParIndex.Tests.Targets;

public class TargetAlternativeTests
{
    [Fact]
    public void Constructor_KeepsIndicatorGoalAndNote()
    {
        var alternative = new TargetAlternative(new Indicator("b", "B"), Goal.AtLeast(50m), " hoặc … ");

        Assert.Equal(("b", Goal.AtLeast(50m), "hoặc …"), (alternative.Indicator.Id, alternative.Goal, alternative.Note));
        Assert.Equal("b ≥ 50%", alternative.ToString());
    }

    [Fact]
    public void Constructor_NullGoal_Throws() =>
        Assert.Equal("goal", Assert.Throws<ArgumentNullException>(() => new TargetAlternative(new Indicator("b", "B"), null!)).ParamName);
}
