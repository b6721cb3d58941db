using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

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

    [Fact]
    public void CheckInput_WrongNumberOfAnswers_IsRejected() =>
        Assert.Equal("expected answers to 2 conditions, got 3", Rule.CheckInput(IndicatorValue.Conditions([true, true, true])));

    [Fact]
    public void Explain_NamesTheUnmetConditions()
    {
        var value = IndicatorValue.Conditions([true, false]);
        var context = new RuleContext(1m, 2023);
        Assert.Equal("not met: Có bố trí kinh phí → 0 of 1", Rule.Explain(value, Rule.Evaluate(value, context), context));
    }
}
