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
}
