namespace ParIndex.Tests.Rules;

public class YesNoRuleTests
{
    [Fact]
    public void Evaluate_YesAndNo()
    {
        var rule = new YesNoRule(1m);
        Assert.Equal(1m, RuleAssert.Points(rule, IndicatorValue.Flag(true), 1m));
        Assert.Equal(0m, RuleAssert.Points(rule, IndicatorValue.Flag(false), 1m));
    }

    [Fact]
    public void Evaluate_PointsBeyondTheRangeOfPoints_AreRefusedSayingWhy()
    {
        // 10⁹ points is more than the 922,337,203.69 points can hold; a methodology refuses it (at most 10⁸ in all).
        var error = Assert.Throws<System.InvalidOperationException>(() => new YesNoRule(1_000_000_000m).Evaluate(IndicatorValue.Flag(true), new RuleContext(1m, 2023)));
        Assert.Equal("The rule's points are beyond the range of points; validate the rule inside a methodology first.", error.Message);
    }

    [Fact]
    public void Validate_NoAboveYes_IsInvalid() =>
        Assert.Contains("InvalidRule: \"no\" must not give more points than \"yes\"", RuleAssert.Problems(new YesNoRule(0m, 1m), 1m));

    [Fact]
    public void Evaluate_StepIsZeroForYesAndOneForNo()
    {
        var rule = new YesNoRule(1m, 0.5m);
        var context = new RuleContext(1m, 2023);
        Assert.Equal((1m, 0), (rule.Evaluate(IndicatorValue.Flag(true), context).Points, rule.Evaluate(IndicatorValue.Flag(true), context).Step));
        Assert.Equal((0.5m, 1), (rule.Evaluate(IndicatorValue.Flag(false), context).Points, rule.Evaluate(IndicatorValue.Flag(false), context).Step));
    }

    [Fact]
    public void Describe_And_Explain_GiveBothPoints()
    {
        var rule = new YesNoRule(1m, 0.25m);
        Assert.Equal("yes: 1; no: 0.25", rule.Describe());
        Assert.Equal("no → 0.25 of 1 (yes: 1; no: 0.25)", RuleAssert.Explain(rule, IndicatorValue.Flag(false), 1m).Explanation);
    }

    [Fact]
    public void Validate_PointsOutsideTheMaximum_AreNamed()
    {
        Assert.Empty(RuleAssert.Problems(new YesNoRule(1m, 1m), 1m)); // "no" as much as "yes" is allowed
        Assert.Equal(
            ["InvalidRule: yes gives 2 points, outside [0, 1]", "InvalidRule: no gives -1 points, outside [0, 1]"],
            RuleAssert.Problems(new YesNoRule(2m, -1m), 1m));
    }

    [Fact]
    public void Equals_NeedsBothPoints() =>
        RuleAssert.Equality(new YesNoRule(1m, 0.5m), new YesNoRule(1.0m, 0.5m), new YesNoRule(2m, 0.5m), new YesNoRule(1m, 0m));
}
