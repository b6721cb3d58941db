using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

namespace ParIndex.Tests.Rules;

public class DeductionRuleTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 2)]
    [InlineData(5, 0.5)] // 3 − 5 × 0.5 = 0.5
    [InlineData(9, 0.5)] // floor
    [InlineData(5_000_000_000_000_000_000L, 0.5)] // count × deduction beyond a long: still the floor
    public void Evaluate_DeductsPerOccurrence_NotBelowTheFloor(long occurrences, double expected) =>
        Assert.Equal((decimal)expected, RuleAssert.Points(new DeductionRule(0.5m, floor: 0.5m), IndicatorValue.Count(occurrences), 3m));

    [Fact]
    public void Evaluate_CountWrittenWithDecimals_ScoresAsTheWholeNumber() =>
        Assert.Equal(1.5m, RuleAssert.Points(new DeductionRule(0.5m), IndicatorValue.Count(3.0m), 3m));

    [Fact]
    public void Validate_ZeroDeductionAndFloorAboveMaximum_AreInvalid() =>
        Assert.Equal(2, RuleAssert.Problems(new DeductionRule(0m, floor: 4m), 3m).Length);

    [Fact]
    public void CheckInput_FractionalOccurrences_IsRejected() =>
        Assert.NotNull(new DeductionRule(1m).CheckInput(IndicatorValue.Count(1.5m)));
}
