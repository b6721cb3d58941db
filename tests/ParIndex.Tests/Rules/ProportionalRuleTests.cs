using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

namespace ParIndex.Tests.Rules;

public class ProportionalRuleTests
{
    [Theory]
    [InlineData(45, 60, 1.5)] // 45/60 × 2
    [InlineData(0, 10, 0)]
    [InlineData(12, 10, 2)] // capped
    public void Evaluate_RatioTimesMaximum_Capped(int numerator, int denominator, double expected) =>
        Assert.Equal((decimal)expected, RuleAssert.Points(new ProportionalRule(), IndicatorValue.Ratio(numerator, denominator), 2m));
}
