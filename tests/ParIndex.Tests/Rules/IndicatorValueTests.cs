using NodaTime;
using ParIndex.Rules;
using ParIndex.TestSupport;
using Xunit;

namespace ParIndex.Tests.Rules;

public class IndicatorValueTests
{
    [Fact]
    public void Equality_Percent_ComparesByNumericValue() =>
        // 95 and 95.0 are one percentage; the same number of another kind is another value.
        ContractAssert.EqualityContract(
            IndicatorValue.Percent(95m), IndicatorValue.Percent(95.0m),
            IndicatorValue.Percent(95.5m), IndicatorValue.Count(95m), IndicatorValue.GivenPoints(95m), default);

    [Fact]
    public void Equality_Conditions_ComparesTheSequence() =>
        // Two arrays built apart are one value when they hold the same answers in the same order.
        ContractAssert.EqualityContract(
            IndicatorValue.Conditions([true, false]), IndicatorValue.Conditions(new[] { true, false }),
            IndicatorValue.Conditions([false, true]), IndicatorValue.Conditions([true, false, true]), IndicatorValue.Conditions([]));

    [Fact]
    public void Equality_RatioAndCompletion_FollowTheContract()
    {
        ContractAssert.EqualityContract(IndicatorValue.Ratio(12m, 15m), IndicatorValue.Ratio(12.0m, 15m), IndicatorValue.Ratio(4m, 5m), IndicatorValue.Ratio(12m, 16m));
        ContractAssert.EqualityContract(
            IndicatorValue.Completed(new LocalDate(2023, 1, 10)), IndicatorValue.Completed(new LocalDate(2023, 1, 10)),
            IndicatorValue.Completed(new LocalDate(2023, 1, 11)), IndicatorValue.NotCompleted);
    }

    [Fact]
    public void Flag_YesAndNo_AreTwoValues()
    {
        Assert.True(IndicatorValue.Flag(true).IsYes);
        Assert.False(IndicatorValue.Flag(false).IsYes);
        Assert.NotEqual(IndicatorValue.Flag(true), IndicatorValue.Flag(false));
    }

    [Fact]
    public void Default_IsTheEmptyValue()
    {
        IndicatorValue value = default;

        Assert.Equal(IndicatorKind.None, value.Kind);
        Assert.Equal("(none)", value.ToString());
        Assert.Empty(value.ConditionsMet);
    }

    [Theory]
    [InlineData("95%")]
    [InlineData("12/15")]
    [InlineData("yes")]
    [InlineData("not applicable")]
    [InlineData("[yes, no]")]
    [InlineData("completed 2023-01-10")]
    [InlineData("not completed")]
    [InlineData("2.5 points")]
    public void ToString_EachKind_ReadsAsInTheExplanations(string expected)
    {
        var value = expected switch
        {
            "95%" => IndicatorValue.Percent(95m),
            "12/15" => IndicatorValue.Ratio(12m, 15m),
            "yes" => IndicatorValue.Flag(true),
            "not applicable" => IndicatorValue.NotApplicable,
            "[yes, no]" => IndicatorValue.Conditions([true, false]),
            "completed 2023-01-10" => IndicatorValue.Completed(new LocalDate(2023, 1, 10)),
            "not completed" => IndicatorValue.NotCompleted,
            _ => IndicatorValue.GivenPoints(2.5m),
        };

        Assert.Equal(expected, value.ToString());
    }
}
