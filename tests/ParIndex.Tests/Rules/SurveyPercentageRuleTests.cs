using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

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
}
