namespace ParIndex.Tests.Rules;

public class SurveyPercentageRuleTests
{
    [Fact]
    public void Evaluate_PercentOfMaximum() =>
        // 83.94% (SIPAS 2024 national average) of a 10-point survey block = 8.394 points.
        Assert.Equal(8.394m, RuleAssert.Points(new SurveyPercentageRule(), IndicatorValue.Percent(83.94m), 10m));

    [Fact]
    public void Evaluate_SipasAsATenPointCriterion_IsThePercentDividedByTen() =>
        // Provincial reports show SIPAS entering the PAR Index as a 10-point criterion worth SIPAS % ÷ 10: Hà Tĩnh 2021,
        // SIPAS 91.17 % → 91.17 ÷ 100 × 10 = 9.117, published as 9.12 points.
        Assert.Equal(9.12m, decimal.Round(RuleAssert.Points(new SurveyPercentageRule(), IndicatorValue.Percent(91.17m), 10m), 2, System.MidpointRounding.AwayFromZero));

    [Fact]
    public void Evaluate_PercentWithAMantissaBeyond64Bits_SameRule() =>
        // 50 written with 24 decimal places (a mantissa of 5 × 10²⁵): 50 ÷ 100 × 10 = 5.
        Assert.Equal(5m, RuleAssert.Points(new SurveyPercentageRule(), IndicatorValue.Percent(50.000000000000000000000000m), 10m));

    [Theory]
    [InlineData("50", "0.0000000003", "0.0000000002")] // 50% of 3 units of 10⁻¹⁰ = 1.5 units: half to even, 2 units
    [InlineData("50", "0.0000000005", "0.0000000002")] // 2.5 units: half to even, 2 units
    [InlineData("12.345", "10", "1.2345")] // 12.345 ÷ 100 × 10, exact
    [InlineData("66.6666666666666", "1", "0.6666666667")] // 0.666666666666666: 10 places, the rest above half
    public void Evaluate_KeptToTenPlacesHalfToEven(string percent, string max, string expected) =>
        Assert.Equal(RuleAssert.Number(expected), RuleAssert.Points(new SurveyPercentageRule(), IndicatorValue.Percent(RuleAssert.Number(percent)), RuleAssert.Number(max)));

    [Fact]
    public void Describe_And_Explain_ShowTheFormula()
    {
        var rule = new SurveyPercentageRule();
        Assert.Equal("survey % ÷ 100 × maximum", rule.Describe());
        Assert.Equal((-1, "83.94% ÷ 100 × 10 = 8.394"), RuleAssert.Explain(rule, IndicatorValue.Percent(83.94m), 10m));
    }

    [Fact]
    public void Equals_EverySurveyPercentageRuleIsTheSame() =>
        RuleAssert.Equality(new SurveyPercentageRule(), new SurveyPercentageRule());
}
