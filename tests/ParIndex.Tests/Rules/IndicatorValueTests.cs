namespace ParIndex.Tests.Rules;

/// <summary><see cref="IndicatorValue"/> as a value: what each kind shows and what makes two equal (reading a cell is in
/// <see cref="IndicatorValueParseTests"/>).</summary>
public class IndicatorValueTests
{
    [Fact]
    public void Equality_Percent_ComparesByNumericValue() =>
        // 95 and 95.0 are one percentage; the same number of another kind is another value.
        ContractAssert.EqualityContract(
            IndicatorValue.Percent(95m), IndicatorValue.Percent(95.0m),
            IndicatorValue.Percent(95.5m), IndicatorValue.Count(95m), IndicatorValue.GivenPoints(95m), default);

    [Fact]
    public void Default_IsTheEmptyValue()
    {
        IndicatorValue value = default;

        Assert.Equal(IndicatorKind.None, value.Kind);
        Assert.Equal("(none)", value.ToString());
        Assert.Empty(value.ConditionsMet);
    }

    [Theory]
    [InlineData("(none)")]
    [InlineData("not applicable")]
    [InlineData("95%")]
    [InlineData("87.5%")]
    [InlineData("3")]
    [InlineData("1.5 points")]
    [InlineData("2.5 points")]
    [InlineData("12/15")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("[yes, no]")]
    [InlineData("[yes, no, yes]")]
    [InlineData("completed 2023-01-10")]
    [InlineData("completed 2024-03-01")]
    [InlineData("not completed")]
    public void ToString_EachKind_ReadsAsInTheExplanations(string expected)
    {
        var value = expected switch
        {
            "(none)" => default,
            "not applicable" => IndicatorValue.NotApplicable,
            "95%" => IndicatorValue.Percent(95m),
            "87.5%" => IndicatorValue.Percent(87.5m),
            "3" => IndicatorValue.Count(3m),
            "1.5 points" => IndicatorValue.GivenPoints(1.5m),
            "2.5 points" => IndicatorValue.GivenPoints(2.5m),
            "12/15" => IndicatorValue.Ratio(12m, 15m),
            "yes" => IndicatorValue.Flag(true),
            "no" => IndicatorValue.Flag(false),
            "[yes, no]" => IndicatorValue.Conditions([true, false]),
            "[yes, no, yes]" => IndicatorValue.Conditions([true, false, true]),
            "completed 2023-01-10" => IndicatorValue.Completed(new LocalDate(2023, 1, 10)),
            "completed 2024-03-01" => IndicatorValue.Completed(new LocalDate(2024, 3, 1)),
            _ => IndicatorValue.NotCompleted,
        };

        Assert.Equal(expected, value.ToString());
    }

    [Fact]
    public void Flag_IsYesOnlyForYes()
    {
        Assert.Equal((true, 1m), (IndicatorValue.Flag(true).IsYes, IndicatorValue.Flag(true).Number));
        Assert.Equal((false, 0m), (IndicatorValue.Flag(false).IsYes, IndicatorValue.Flag(false).Number));
        Assert.NotEqual(IndicatorValue.Flag(true), IndicatorValue.Flag(false));
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
            IndicatorValue.Ratio(4m, 5m), // the same proportion is another ratio
            IndicatorValue.Count(12m),
            IndicatorValue.Percent(12m));

    [Fact]
    public void Equals_ComparesTheDateAndTheConditions()
    {
        foreach (var day in new[] { new LocalDate(2023, 1, 10), new LocalDate(2024, 3, 1) })
        {
            ContractAssert.EqualityContract(
                IndicatorValue.Completed(day), IndicatorValue.Completed(day), IndicatorValue.Completed(day.PlusDays(1)), IndicatorValue.NotCompleted);
        }

        // Two arrays built apart are one value when they hold the same answers in the same order.
        ContractAssert.EqualityContract(
            IndicatorValue.Conditions([true, false]),
            IndicatorValue.Conditions(new[] { true, false }),
            IndicatorValue.Conditions([false, true]),
            IndicatorValue.Conditions([true, true]),
            IndicatorValue.Conditions([true, false, true]),
            IndicatorValue.Conditions([true, false, false]),
            IndicatorValue.Conditions([]));
    }
}
