namespace ParIndex.Tests.Rules;

public class AllConditionsRuleTests
{
    private static readonly AllConditionsRule Rule = new(1m, "Xác định đầy đủ nhiệm vụ", "Có bố trí kinh phí");

    [Fact]
    public void Evaluate_AllOrNothing()
    {
        Assert.Equal(1m, RuleAssert.Points(Rule, IndicatorValue.Conditions([true, true]), 1m));
        Assert.Equal(0m, RuleAssert.Points(Rule, IndicatorValue.Conditions([true, false]), 1m));
    }

    [Theory]
    [InlineData(new[] { false, true, true }, 0, 1)]
    [InlineData(new[] { true, false, true }, 0, 1)]
    [InlineData(new[] { true, true, false }, 0, 1)]
    [InlineData(new[] { true, true, true }, 2, 0)]
    public void Evaluate_AnyUnmetCondition_WhereverItStands_ScoresNothing(bool[] met, int points, int step)
    {
        // Whether some condition is unmet is found once, when the value is made: each place of a "no" counts.
        var rule = new AllConditionsRule(2m, "a", "b", "c");
        var outcome = rule.Evaluate(IndicatorValue.Conditions(met), new RuleContext(2m, 2023));
        Assert.Equal((points, step), ((int)outcome.Points, outcome.Step));
    }

    [Fact]
    public void Evaluate_NoConditions_AreAllMet() =>
        Assert.Equal(2m, new AllConditionsRule(2m).Evaluate(IndicatorValue.Conditions([]), new RuleContext(2m, 2023)).Points);

    [Fact]
    public void CheckInput_WrongNumberOfAnswers_IsRejected() =>
        Assert.Equal("expected answers to 2 conditions, got 3", Rule.CheckInput(IndicatorValue.Conditions([true, true, true])));

    [Fact]
    public void Explain_NamesTheUnmetConditions()
    {
        Assert.Equal("not met: Có bố trí kinh phí → 0 of 1", RuleAssert.Explain(Rule, IndicatorValue.Conditions([true, false]), 1m).Explanation);
        Assert.Equal("not met: Xác định đầy đủ nhiệm vụ; Có bố trí kinh phí → 0 of 1", RuleAssert.Explain(Rule, IndicatorValue.Conditions([false, false]), 1m).Explanation);
    }

    [Fact]
    public void Evaluate_StepIsZeroWhenAllAreMetAndOneOtherwise()
    {
        var context = new RuleContext(1m, 2023);
        Assert.Equal(0, Rule.Evaluate(IndicatorValue.Conditions([true, true]), context).Step);
        Assert.Equal(1, Rule.Evaluate(IndicatorValue.Conditions([false, true]), context).Step);
    }

    [Fact]
    public void Explain_AllMet_CountsTheConditions()
    {
        Assert.Equal("all 2 conditions met → 1 of 1", RuleAssert.Explain(Rule, IndicatorValue.Conditions([true, true]), 1m).Explanation);
    }

    [Fact]
    public void Describe_ListsTheConditionsAndThePoints() =>
        Assert.Equal("all of (Xác định đầy đủ nhiệm vụ; Có bố trí kinh phí): 1; otherwise 0", Rule.Describe());

    [Fact]
    public void CheckInput_OneAnswerPerCondition_IsAccepted() =>
        Assert.Null(Rule.CheckInput(IndicatorValue.Conditions([false, true])));

    [Fact]
    public void Validate_PointsOutsideTheMaximumAndNoConditions_AreEachSaid()
    {
        Assert.Empty(RuleAssert.Problems(Rule, 1m));
        Assert.Equal(
            ["InvalidRule: all conditions met gives 2 points, outside [0, 1]", "InvalidRule: all-conditions rule has no conditions"],
            RuleAssert.Problems(new AllConditionsRule(2m), 1m));
        Assert.Equal(["InvalidRule: all conditions met gives -1 points, outside [0, 1]"], RuleAssert.Problems(new AllConditionsRule(-1m, "a"), 1m));
    }

    [Fact]
    public void Constructor_NullConditions_AreRefused()
    {
        Assert.Throws<System.ArgumentNullException>("conditions", () => new AllConditionsRule(1m, (string[])null!));
        Assert.Throws<System.ArgumentException>("conditions", () => new AllConditionsRule(1m, "a", null!));
    }

    [Fact]
    public void Evaluate_PointsBeyondTheRangeOfPoints_FailOnlyWhenGiven()
    {
        // 10¹⁰ points are beyond ±922,337,203.6854775807: a rule never validated inside a methodology.
        var rule = new AllConditionsRule(10_000_000_000m, "a");
        var context = new RuleContext(1m, 2023);
        Assert.Equal(0m, rule.Evaluate(IndicatorValue.Conditions([false]), context).Points);
        Assert.Throws<System.InvalidOperationException>(() => rule.Evaluate(IndicatorValue.Conditions([true]), context));
    }

    [Fact]
    public void Equals_NeedsThePointsAndTheConditionsInOrder() =>
        RuleAssert.Equality(
            Rule,
            new AllConditionsRule(1m, "Xác định đầy đủ nhiệm vụ", "Có bố trí kinh phí"),
            new AllConditionsRule(0.5m, "Xác định đầy đủ nhiệm vụ", "Có bố trí kinh phí"),
            new AllConditionsRule(1m, "Có bố trí kinh phí", "Xác định đầy đủ nhiệm vụ"));
}
