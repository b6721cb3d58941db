using NodaTime;
using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

namespace ParIndex.Tests.Rules;

public class TimelinessRuleTests
{
    // Due 31 March of the assessment year; 1 on time, 0.5 late, 0 not done.
    private static readonly TimelinessRule Rule = new(new AnnualDate(3, 31), 0, 1m, 0.5m);

    [Fact]
    public void Evaluate_OnTheDueDate_IsOnTime() =>
        Assert.Equal(1m, RuleAssert.Points(Rule, IndicatorValue.Completed(new LocalDate(2023, 3, 31)), 1m));

    [Fact]
    public void Evaluate_DayAfter_IsLate() =>
        Assert.Equal(0.5m, RuleAssert.Points(Rule, IndicatorValue.Completed(new LocalDate(2023, 4, 1)), 1m));

    [Fact]
    public void Evaluate_NotDone_ScoresNotDonePoints() =>
        Assert.Equal(0m, RuleAssert.Points(Rule, IndicatorValue.NotCompleted, 1m));

    [Fact]
    public void DueDate_FollowsTheAssessmentYearAndOffset()
    {
        var previousYearEnd = new TimelinessRule(new AnnualDate(12, 31), -1, 1m, 0.5m);
        Assert.Equal(new LocalDate(2022, 12, 31), previousYearEnd.DueDate(2023));
        Assert.Equal(new LocalDate(2023, 2, 28), new TimelinessRule(new AnnualDate(2, 29), 0, 1m, 0m).DueDate(2023));
    }

    [Fact]
    public void Explain_SaysLevelAndDueDate()
    {
        var value = IndicatorValue.Completed(new LocalDate(2023, 4, 2));
        var context = new RuleContext(1m, 2023);
        Assert.Equal("completed 2023-04-02, due 2023-03-31: late → 0.5 of 1", Rule.Explain(value, Rule.Evaluate(value, context), context));
    }

    [Fact]
    public void Validate_PointsRisingTowardsNotDone_IsInvalid() =>
        Assert.Equal(
            ["InvalidRule: timeliness points must not rise from on time to late to not done"],
            RuleAssert.Problems(new TimelinessRule(new AnnualDate(3, 31), 0, 0.5m, 1m), 1m));
}
