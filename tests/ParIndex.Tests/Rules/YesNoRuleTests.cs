using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

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
    public void Validate_NoAboveYes_IsInvalid() =>
        Assert.Contains("InvalidRule: \"no\" must not give more points than \"yes\"", RuleAssert.Problems(new YesNoRule(0m, 1m), 1m));
}
