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
    [InlineData(10, 10, 2)] // a ratio of exactly 1: the maximum
    [InlineData(9, 10, 1.8)] // 9/10 × 2
    public void Evaluate_RatioTimesMaximum_Capped(int numerator, int denominator, double expected) =>
        Assert.Equal((decimal)expected, RuleAssert.Points(new ProportionalRule(), IndicatorValue.Ratio(numerator, denominator), 2m));

    [Theory]
    [InlineData("100000000000000000000", "400000000000000000000", "0.5")] // 10²⁰ / (4 × 10²⁰) × 2: mantissas beyond 64 bits
    [InlineData("800000000000000000000", "400000000000000000000", "2")] // 2 × 2, capped at 2
    public void Evaluate_NumbersBeyond64Bits_SameRule(string numerator, string denominator, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            RuleAssert.Points(new ProportionalRule(), IndicatorValue.Ratio(decimal.Parse(numerator, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(denominator, System.Globalization.CultureInfo.InvariantCulture)), 2m));

    [Fact]
    public void Describe_And_Explain_ShowTheFormula()
    {
        var rule = new ProportionalRule();
        var value = IndicatorValue.Ratio(45m, 60m);
        var context = new RuleContext(2m, 2023);
        var outcome = rule.Evaluate(value, context);
        Assert.Equal(-1, outcome.Step);
        Assert.Equal("min(a / b, 1) × maximum", rule.Describe());
        Assert.Equal("min(45/60, 1) × 2 = 1.5", rule.Explain(value, outcome, context));
    }

    [Fact]
    public void Equals_EveryProportionalRuleIsTheSame() =>
        RuleAssert.Equality(new ProportionalRule(), new ProportionalRule());
}
