using NodaTime;

namespace ParIndex.Tests.Rules;

// Explain is public: it must refuse what the scorer never gives it, naming the argument, rather than index past a rule's
// bands or explain a yes as if it were a percentage.
public class ScoringRuleTests
{
    private static readonly ScoringRule PlanCompletion = ScoringRule.PercentBands(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m));

    [Theory]
    [InlineData(3)] // three bands: steps 0, 1, 2
    [InlineData(-5)]
    public void Explain_BandStepPastTheBands_IsOutOfRangeNamingOutcome(int step)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PlanCompletion.Explain(IndicatorValue.Percent(95m), new RuleOutcome(2m, step), new RuleContext(2m, 2024)));
        Assert.Equal("outcome", e.ParamName);
        Assert.Equal(step, e.ActualValue);
        Assert.Contains("0 to 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_TimelinessStepPastItsThreeLevels_IsOutOfRange()
    {
        var rule = ScoringRule.Timeliness(new AnnualDate(12, 31), 0, 1m, 0.5m);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => rule.Explain(IndicatorValue.NotCompleted, new RuleOutcome(0m, 3), new RuleContext(1m, 2024)));
        Assert.Equal("outcome", e.ParamName);
    }

    [Fact]
    public void Explain_ValueOfAnotherKind_IsRefusedNamingValueAndBothKinds()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanCompletion.Explain(IndicatorValue.Flag(true), new RuleOutcome(2m, 0), new RuleContext(2m, 2024)));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("'yes' is of kind Flag, but the rule reads Percent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DefaultValue_IsRefusedNamingValue()
    {
        foreach (var rule in new[] { PlanCompletion, ScoringRule.YesNo(1m), ScoringRule.Proportional, ScoringRule.SurveyPercentage, ScoringRule.Deduction(0.5m), ScoringRule.AllConditions(1m, "a") })
        {
            var e = Assert.Throws<ArgumentException>(() => rule.Explain(default, new RuleOutcome(0m), new RuleContext(1m, 2024)));
            Assert.Equal("value", e.ParamName);
        }
    }

    [Fact]
    public void Explain_AllConditionsWithTooFewAnswers_IsRefusedNotIndexedPast()
    {
        var rule = ScoringRule.AllConditions(1m, "Xác định đầy đủ nhiệm vụ", "Có bố trí kinh phí");
        var e = Assert.Throws<ArgumentException>(() => rule.Explain(IndicatorValue.Conditions([false]), new RuleOutcome(0m), new RuleContext(1m, 2024)));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("expected answers to 2 conditions, got 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_WhatTheScorerGives_IsUnchanged() =>
        Assert.Equal("95% falls in (90%, ∞) → 2 of 2 ((90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)",
            PlanCompletion.Explain(IndicatorValue.Percent(95m), new RuleOutcome(2m, 0), new RuleContext(2m, 2024)));
}
