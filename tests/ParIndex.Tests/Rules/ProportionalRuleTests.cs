using System.Numerics;

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

    [Theory]
    [InlineData("45.5", "50", "1.82")] // 45.5/50 × 2: the digits 455 and 50 are not the ratio
    [InlineData("55.5", "50", "2")] // 1.11 × 2 = 2.22, capped at 2
    [InlineData("5", "18446744073709551619", "0")] // 5/(2⁶⁴ + 3) × 2 ≈ 5.4 × 10⁻¹⁹: 0, not its low words' 5/3
    [InlineData("18446744073709551621", "36893488147419103235", "1")] // (2⁶⁴ + 5)/(2⁶⁵ + 3) × 2 = 1 + 7/(2⁶⁵ + 3): 1
    public void Evaluate_RatioOfNumbersWrittenDifferently_IsTheRatio(string numerator, string denominator, string expected) =>
        Assert.Equal(RuleAssert.Number(expected), RuleAssert.Points(new ProportionalRule(), IndicatorValue.Ratio(RuleAssert.Number(numerator), RuleAssert.Number(denominator)), 2m));

    [Property(MaxTest = 1000)]
    public Property Evaluate_AnyRatio_IsTheSmallerOfItAndOneTimesTheMaximum() =>
        Prop.ForAll(
            Arb.From(
                from ratio in ExactRatio.Any(0)
                from same in Gen.Elements(false, true) // a ratio of exactly 1, written alike, as often as not
                from quarters in Gen.Choose(1, 400)
                select (Ratio: same ? ratio with { N = ratio.D, NScale = ratio.DScale } : ratio, Quarters: quarters)),
            c =>
            {
                // min(a / b, 1) × maximum, half to even: whether a ratio of 1 or more is told without dividing or not.
                var maximum = c.Quarters * 2_500_000_000L; // quarter points, in units
                var reference = BigInteger.Min(c.Ratio.Times(maximum), maximum);
                var value = IndicatorValue.Ratio(c.Ratio.Numerator, c.Ratio.Denominator);
                var points = RuleAssert.Points(new ProportionalRule(), value, c.Quarters / 4m);
                return points * 10_000_000_000m == (decimal)reference;
            });

    [Fact]
    public void Evaluate_ZeroDenominator_DividesByZero()
    {
        // 3/0 has no ratio (ReportedIndicators refuses a denominator of 0 before a rule sees it): not the maximum.
        var error = Assert.Throws<System.DivideByZeroException>(() => new ProportionalRule().Evaluate(IndicatorValue.Ratio(3m, 0m), new RuleContext(2m, 2023)));
        Assert.Equal("2 × 3 ÷ 0 divides by zero", error.Message);
    }

    [Fact]
    public void Describe_And_Explain_ShowTheFormula()
    {
        var rule = new ProportionalRule();
        Assert.Equal("min(a / b, 1) × maximum", rule.Describe());
        Assert.Equal((-1, "min(45/60, 1) × 2 = 1.5"), RuleAssert.Explain(rule, IndicatorValue.Ratio(45m, 60m), 2m));
    }

    [Fact]
    public void Equals_EveryProportionalRuleIsTheSame() =>
        RuleAssert.Equality(new ProportionalRule(), new ProportionalRule());
}
