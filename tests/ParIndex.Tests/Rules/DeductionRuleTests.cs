using System.Numerics;

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

    [Theory]
    [InlineData("9223372036854775808")] // 2⁶³, one more than a long holds
    [InlineData("18446744073709551615")] // 2⁶⁴ − 1: its low 64 bits all ones, which a long reads as −1 (3 + 0.5 points)
    [InlineData("18446744073709551616")] // 2⁶⁴, whose low 64 bits are all zero
    [InlineData("18446744073709551616.0")]
    public void Evaluate_CountsBeyondALong_TakeTheFloor(string occurrences) =>
        Assert.Equal(0.5m, RuleAssert.Points(new DeductionRule(0.5m, floor: 0.5m), IndicatorValue.Count(decimal.Parse(occurrences, System.Globalization.CultureInfo.InvariantCulture)), 3m));

    [Theory]
    [InlineData(1_383_505_805L)] // × 1 point = 1.38 × 10¹⁹ units: past a long (9.22 × 10¹⁸), within 64 bits unsigned
    [InlineData(3_500_000_000L)] // × 1 point = 3.5 × 10¹⁹ units: past 64 bits (1.84 × 10¹⁹)
    public void Evaluate_DeductionPastALong_TakesTheFloor(long occurrences) =>
        // 10 − occurrences × 1 is far below 0: the floor, 0.
        Assert.Equal(0m, RuleAssert.Points(new DeductionRule(1m), IndicatorValue.Count(occurrences), 10m));

    [Property(MaxTest = 1000)]
    public Property Evaluate_AnyCount_IsTheFormulaExactly() =>
        Prop.ForAll(
            Arb.From(
                from high in Gen.Choose(0, int.MaxValue)
                from low in Gen.Choose(0, int.MaxValue)
                from shift in Gen.Choose(0, 62) // counts of every size, from 0 to 2⁶²
                from perOccurrence in Gen.Choose(1, 1_000_000) // 0.01 to 10,000 points
                from maximum in Gen.Choose(1, 1_000_000)
                from floorPercent in Gen.Choose(0, 100)
                select (Count: ((((long)high) << 31) | (uint)low) >> shift, PerOccurrence: perOccurrence, Maximum: maximum, FloorPercent: floorPercent)),
            c =>
            {
                // max(maximum − count × deduction, floor) in big integers of 10⁻¹⁰ point: whether count × deduction
                // fits a long or not (it passes 2⁶³ from about 10⁵ occurrences of 10,000 points).
                var (perOccurrence, maximum) = (c.PerOccurrence / 100m, c.Maximum / 100m);
                var floor = maximum * c.FloorPercent / 100m;
                var units = (decimal points) => new BigInteger(points * 10_000_000_000m);
                var reference = BigInteger.Max(units(maximum) - (c.Count * units(perOccurrence)), units(floor));
                var points = RuleAssert.Points(new DeductionRule(perOccurrence, floor), IndicatorValue.Count(c.Count), maximum);
                return units(points) == reference;
            });

    [Theory]
    [InlineData(230_584_300L, 69_415_700)] // the most occurrences of 1 point worked out in 64 bits unchecked (2⁶¹ ÷ 10¹⁰ units)
    [InlineData(230_584_301L, 69_415_699)] // one more: worked out in 128 bits, the same formula
    public void Evaluate_CountsEitherSideOfTheFastCounts_AreTheFormulaExactly(long occurrences, int expected) =>
        // 300,000,000 − occurrences × 1, above the floor.
        Assert.Equal(expected, new DeductionRule(1m, floor: -500_000_000m).Evaluate(IndicatorValue.Count(occurrences), new RuleContext(300_000_000m, 2023)).Points);

    [Theory]
    [InlineData(10_000_000_000L, 230_584_300)] // 1 point: 2⁶¹ ÷ 10¹⁰ units, rounded down
    [InlineData(-10_000_000_000L, 230_584_300)] // a negative deduction, by its magnitude
    [InlineData(1L, int.MaxValue)] // 10⁻¹⁰ point: every count an int holds
    [InlineData(0L, int.MaxValue)]
    [InlineData(long.MinValue, 0)] // points that cannot be held: none, the evaluation refuses them
    public void FastCounts_AreTheCountsWhoseDeductionStaysWithin2To61Units(long perOccurrence, int expected) =>
        Assert.Equal(expected, CompiledRule.FastCounts(perOccurrence));

    [Fact]
    public void Evaluate_DeductionPastALongAboveALowFloor_IsExact() =>
        // 500,000,000 − 922,337,204 × 1 = −422,337,204 points, above the floor −500,000,000 (validation refuses such a
        // floor; the rule alone holds it). The deduction, 922,337,204 × 10¹⁰ units, passes a long (9.22 × 10¹⁸).
        Assert.Equal(-422_337_204m, new DeductionRule(1m, floor: -500_000_000m).Evaluate(IndicatorValue.Count(922_337_204m), new RuleContext(500_000_000m, 2023)).Points);

    [Fact]
    public void Evaluate_NegativeCount_FollowsTheFormulaAsWritten() =>
        // max(3 − (−2) × 0.5, 0) = 4: more than the maximum. ReportedIndicators refuses a negative count before any
        // rule sees it, and the scorer reports points above the maximum; the rule itself only computes.
        Assert.Equal(4m, new DeductionRule(0.5m).Evaluate(IndicatorValue.Count(-2m), new RuleContext(3m, 2023)).Points);

    [Fact]
    public void Evaluate_NegativeCountBeyondALong_IsRefusedSayingWhy()
    {
        // 3 + 2⁶⁴ × 0.5 points is beyond the range of points (±922,337,203.69).
        var error = Assert.Throws<InvalidOperationException>(() => new DeductionRule(0.5m).Evaluate(IndicatorValue.Count(-18446744073709551616m), new RuleContext(3m, 2023)));
        Assert.Equal("The deduction gives points beyond the range of points; validate the rule inside a methodology first.", error.Message);
    }

    [Fact]
    public void Evaluate_CountWrittenWithDecimals_ScoresAsTheWholeNumber() =>
        Assert.Equal(1.5m, RuleAssert.Points(new DeductionRule(0.5m), IndicatorValue.Count(3.0m), 3m));

    [Fact]
    public void Validate_ZeroDeductionAndFloorAboveMaximum_AreInvalid() =>
        Assert.Equal(2, RuleAssert.Problems(new DeductionRule(0m, floor: 4m), 3m).Length);

    [Fact]
    public void CheckInput_FractionalOccurrences_IsRejected() =>
        Assert.NotNull(new DeductionRule(1m).CheckInput(IndicatorValue.Count(1.5m)));

    [Fact]
    public void Evaluate_CountWithDecimalsBelowTheFloor_TakesTheFloor() =>
        // 3 − 5.0 × 0.5 = 0.5, below the floor 1.
        Assert.Equal(1m, RuleAssert.Points(new DeductionRule(0.5m, floor: 1m), IndicatorValue.Count(5.0m), 3m));

    [Fact]
    public void Evaluate_CountBeyondTheRangeOfDecimalTimesTheDeduction_TakesTheFloor() =>
        // 5 × 10²⁸ occurrences × 2 points would be 10²⁹, beyond decimal's 7.9 × 10²⁸: the floor, not an overflow.
        Assert.Equal(0.5m, RuleAssert.Points(new DeductionRule(2m, floor: 0.5m), IndicatorValue.Count(50_000_000_000_000_000_000_000_000_000m), 3m));

    [Fact]
    public void Evaluate_IsAFormula_StepMinusOne() =>
        Assert.Equal(-1, new DeductionRule(0.5m).Evaluate(IndicatorValue.Count(2m), new RuleContext(3m, 2023)).Step);

    [Fact]
    public void Describe_SaysTheDeductionAndTheFloor() =>
        Assert.Equal("maximum − 0.5 per occurrence, not below 0.25", new DeductionRule(0.5m, 0.25m).Describe());

    [Fact]
    public void Explain_ShowsTheFormulaWithTheNumbers()
    {
        Assert.Equal("max(3 − 5 × 0.5, 0.5) = 0.5", RuleAssert.Explain(new DeductionRule(0.5m, floor: 0.5m), IndicatorValue.Count(5m), 3m).Explanation);
    }

    [Fact]
    public void Validate_SaysEachProblem()
    {
        Assert.Empty(RuleAssert.Problems(new DeductionRule(0.5m, floor: 3m), 3m));
        Assert.Equal(
            ["InvalidRule: the deduction per occurrence must be more than 0", "InvalidRule: the floor gives 4 points, outside [0, 3]"],
            RuleAssert.Problems(new DeductionRule(0m, floor: 4m), 3m));
        Assert.Equal(
            ["InvalidRule: the deduction per occurrence must be more than 0", "InvalidRule: the floor gives -1 points, outside [0, 3]"],
            RuleAssert.Problems(new DeductionRule(-0.5m, floor: -1m), 3m));
    }

    [Fact]
    public void CheckInput_WholeCount_IsAccepted()
    {
        Assert.Null(new DeductionRule(1m).CheckInput(IndicatorValue.Count(2m)));
        Assert.Equal("occurrences 1.5 is not a whole number", new DeductionRule(1m).CheckInput(IndicatorValue.Count(1.5m)));
    }

    [Fact]
    public void Equals_NeedsTheDeductionAndTheFloor() =>
        RuleAssert.Equality(new DeductionRule(0.5m, 0.25m), new DeductionRule(0.50m, 0.25m), new DeductionRule(1m, 0.25m), new DeductionRule(0.5m, 0m));
}
