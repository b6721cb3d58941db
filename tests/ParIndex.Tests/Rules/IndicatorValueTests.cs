using NodaTime;
using ParIndex.Rules;
using ParIndex.TestSupport;
using Xunit;

namespace ParIndex.Tests.Rules;

/// <summary><see cref="IndicatorValue"/> as a value: what each kind shows, what makes two equal, and what reading a cell
/// of each kind gives or says (the number grammar itself is in <see cref="IndicatorValueParseTests"/>).</summary>
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

    [Theory]
    [InlineData("none", "(none)")]
    [InlineData("not applicable", "not applicable")]
    [InlineData("percent", "87.5%")]
    [InlineData("count", "3")]
    [InlineData("points", "1.5 points")]
    [InlineData("ratio", "12/15")]
    [InlineData("yes", "yes")]
    [InlineData("no", "no")]
    [InlineData("conditions", "[yes, no, yes]")]
    [InlineData("completed", "completed 2024-03-01")]
    [InlineData("not completed", "not completed")]
    public void ToString_ShowsTheValueAsWritten(string value, string expected)
    {
        var made = value switch
        {
            "none" => default,
            "not applicable" => IndicatorValue.NotApplicable,
            "percent" => IndicatorValue.Percent(87.5m),
            "count" => IndicatorValue.Count(3m),
            "points" => IndicatorValue.GivenPoints(1.5m),
            "ratio" => IndicatorValue.Ratio(12m, 15m),
            "yes" => IndicatorValue.Flag(true),
            "no" => IndicatorValue.Flag(false),
            "conditions" => IndicatorValue.Conditions([true, false, true]),
            "completed" => IndicatorValue.Completed(new LocalDate(2024, 3, 1)),
            _ => IndicatorValue.NotCompleted,
        };

        Assert.Equal(expected, made.ToString());
    }

    [Fact]
    public void Flag_IsYesOnlyForYes()
    {
        Assert.Equal((true, 1m), (IndicatorValue.Flag(true).IsYes, IndicatorValue.Flag(true).Number));
        Assert.Equal((false, 0m), (IndicatorValue.Flag(false).IsYes, IndicatorValue.Flag(false).Number));
        // A count of 1 is not a yes: IsYes belongs to flags.
        Assert.False(IndicatorValue.Count(1m).IsYes);
    }

    [Fact]
    public void ConditionsMet_OfAValueWithoutConditions_IsEmpty() =>
        Assert.Empty(IndicatorValue.Count(2m).ConditionsMet);

    [Fact]
    public void Equals_NeedsTheKindAndEveryPart() =>
        ContractAssert.EqualityContract(
            IndicatorValue.Ratio(12m, 15m),
            IndicatorValue.Ratio(12.0m, 15m),
            IndicatorValue.Ratio(12m, 16m),
            IndicatorValue.Ratio(11m, 15m),
            IndicatorValue.Count(12m),
            IndicatorValue.Percent(12m));

    [Fact]
    public void Equals_ComparesTheDateAndTheConditions()
    {
        ContractAssert.EqualityContract(
            IndicatorValue.Completed(new LocalDate(2024, 3, 1)),
            IndicatorValue.Completed(new LocalDate(2024, 3, 1)),
            IndicatorValue.Completed(new LocalDate(2024, 3, 2)),
            IndicatorValue.NotCompleted);
        ContractAssert.EqualityContract(
            IndicatorValue.Conditions([true, false]),
            IndicatorValue.Conditions([true, false]),
            IndicatorValue.Conditions([true, true]),
            IndicatorValue.Conditions([true, false, false]));
    }

    [Theory]
    [InlineData("3", IndicatorKind.Number, "3")]
    [InlineData(" 1.5 ", IndicatorKind.Points, "1.5 points")]
    [InlineData("12/15", IndicatorKind.Ratio, "12/15")]
    [InlineData("yes;no;có", IndicatorKind.Conditions, "[yes, no, yes]")]
    [InlineData("yes|không", IndicatorKind.Conditions, "[yes, no]")]
    [InlineData("95%", IndicatorKind.Percent, "95%")]
    [InlineData("2024-03-01", IndicatorKind.Completion, "completed 2024-03-01")]
    [InlineData("không áp dụng", IndicatorKind.Ratio, "not applicable")]
    public void TryParse_EachKind_GivesTheValue(string text, IndicatorKind kind, string expected)
    {
        Assert.True(IndicatorValue.TryParse(text, kind, DecimalMark.Point, out var value, out var error), error);
        Assert.Equal(expected, value.ToString());
    }

    [Fact]
    public void TryParse_RatioWithDecimalCommas_ReadsBothParts()
    {
        Assert.True(IndicatorValue.TryParse("1,5/2,5", IndicatorKind.Ratio, DecimalMark.Comma, out var value, out _));
        Assert.Equal((1.5m, 2.5m), (value.Number, value.Denominator));
    }

    [Theory]
    [InlineData("12/15/2", IndicatorKind.Ratio, DecimalMark.Point, "'12/15/2' is not a ratio such as 12/15")]
    [InlineData("12/x", IndicatorKind.Ratio, DecimalMark.Point, "'12/x' is not a ratio such as 12/15")]
    [InlineData("maybe", IndicatorKind.Flag, DecimalMark.Point, "'maybe' is not yes or no")]
    [InlineData("yes;maybe", IndicatorKind.Conditions, DecimalMark.Point, "'yes;maybe' is not answers such as yes;no;yes")]
    [InlineData("soon", IndicatorKind.Completion, DecimalMark.Point, "'soon' is not a date such as 2024-03-01, or 'not done'")]
    [InlineData("x", IndicatorKind.Percent, DecimalMark.Comma, "'x' is not a percentage such as 87,5 or 87,5%")]
    [InlineData("x", IndicatorKind.Percent, DecimalMark.Point, "'x' is not a percentage such as 87.5 or 87.5%")]
    [InlineData("x", IndicatorKind.Points, DecimalMark.Comma, "'x' is not a number of points such as 1,5")]
    [InlineData("x", IndicatorKind.Points, DecimalMark.Point, "'x' is not a number of points such as 1.5")]
    [InlineData("x", IndicatorKind.None, DecimalMark.Point, "'x' is not a value that can be read")]
    public void TryParse_TextOfAnotherShape_SaysWhatWasExpected(string text, IndicatorKind kind, DecimalMark mark, string expected)
    {
        Assert.False(IndicatorValue.TryParse(text, kind, mark, out _, out var error));
        Assert.Equal(expected, error);
    }
}
