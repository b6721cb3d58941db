namespace ParIndex.Tests.Rules;

public class BandRuleTests
{
    // Cà Mau 1880/QĐ-UBND, 1.1.4: "Thực hiện trên 90% kế hoạch: 2 / Thực hiện từ 70% - 90% kế hoạch: 1 / Dưới 70% kế hoạch: 0".
    private static readonly BandRule PlanCompletion = BandRule.ForPercent(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m));

    // A district index (a district digital-transformation index, THƯ VIỆN PHÁP LUẬT, https://thuvienphapluat.vn/bulletin/document.aspx?bid=4cac85e7-7197-4294-bf45-7c4e0081cac5): "BCĐ họp 4 lần/ năm: 20 điểm / 3 lần: 15 / 2 lần: 10 / 1 lần: 5 / Còn lại: 0".
    private static readonly BandRule Meetings = BandRule.ForCount(Band.AtLeast(4m, 20m), Band.Exactly(3m, 15m), Band.Exactly(2m, 10m), Band.Exactly(1m, 5m), Band.Exactly(0m, 0m));

    [Theory]
    [InlineData("100", "2")]
    [InlineData("90.01", "2")]
    [InlineData("90", "1")] // "trên 90%" is strict
    [InlineData("70", "1")] // "từ 70%" is inclusive
    [InlineData("69.99", "0")]
    [InlineData("0", "0")]
    public void Evaluate_PlanCompletion_FollowsTheBoundsAsWritten(string percent, string points) =>
        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture),
            RuleAssert.Points(PlanCompletion, IndicatorValue.Percent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)), 2m));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 20)]
    [InlineData(12, 20)]
    public void Evaluate_Meetings_CountBands(int meetings, int points) =>
        Assert.Equal(points, RuleAssert.Points(Meetings, IndicatorValue.Count(meetings), 20m));

    [Fact]
    public void Validate_WellFormedRules_HaveNoProblems()
    {
        Assert.Empty(RuleAssert.Problems(PlanCompletion, 2m));
        Assert.Empty(RuleAssert.Problems(Meetings, 20m));
    }

    [Fact]
    public void Validate_PercentGapsAndOverlaps_AreNamedWithTheirValues()
    {
        var rule = BandRule.ForPercent(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Between(50m, 70m, 0.5m), Band.Between(10m, 40m, 0m));

        Assert.Equal(
            [
                "BandsGap: no band covers values from 0% to 10%",
                "BandsGap: no band covers values between 40% and 50%",
                "BandsOverlap: bands overlap at 70%",
            ],
            RuleAssert.Problems(rule, 2m));
    }

    [Fact]
    public void Validate_BothBoundsExclusiveAtOnePoint_IsAGapAtThatPoint()
    {
        var rule = BandRule.ForPercent(Band.Above(90m, 2m), Band.Below(90m, 0m));

        Assert.Equal(["BandsGap: no band covers 90%"], RuleAssert.Problems(rule, 2m));
    }

    [Fact]
    public void Validate_PercentRuleNotReachingHundred_IsAGap()
    {
        var rule = BandRule.ForPercent(Band.Below(50m, 0m), Band.Of(50m, true, 100m, false, 1m));

        Assert.Equal(["BandsGap: no band covers 100%"], RuleAssert.Problems(rule, 1m));
    }

    [Fact]
    public void Validate_CountGapsAndEmptyBands()
    {
        var rule = BandRule.ForCount(Band.AtLeast(4m, 20m), Band.Exactly(2m, 10m), Band.Of(2m, false, 3m, false, 1m));

        Assert.Equal(
            [
                "InvalidRule: band (2, 3) → 1 contains no whole number",
                "BandsGap: no band covers the counts 0 to 1",
                "BandsGap: no band covers 3",
            ],
            RuleAssert.Problems(rule, 20m));
    }

    [Fact]
    public void Validate_CountBandsEndingBelowInfinity_IsAGap()
    {
        var rule = BandRule.ForCount(Band.Between(0m, 3m, 1m));

        Assert.Equal(["BandsGap: no band covers counts above 3"], RuleAssert.Problems(rule, 1m));
    }

    [Fact]
    public void Validate_BandPointsAboveMaximum_AreInvalid()
    {
        Assert.Equal(["InvalidRule: band (90%, ∞) → 2 gives 2 points, outside [0, 1]"], RuleAssert.Problems(PlanCompletion, 1m));
    }

    [Fact]
    public void CheckInput_FractionalCount_IsRejected()
    {
        Assert.Equal("count 2.5 is not a whole number", Meetings.CheckInput(IndicatorValue.Count(2.5m)));
        Assert.Null(PlanCompletion.CheckInput(IndicatorValue.Percent(2.5m)));
    }

    [Fact]
    public void Explain_NamesTheBandApplied_InTheInvariantCulture()
    {
        var value = IndicatorValue.Percent(90.5m);
        var outcome = PlanCompletion.Evaluate(value, new RuleContext(2m, 2023));

        Assert.Equal(0, outcome.Step);
        Assert.Equal("90.5% falls in (90%, ∞) → 2 of 2 ((90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)", PlanCompletion.Explain(value, outcome, new RuleContext(2m, 2023)));
    }

    [Fact]
    public void Evaluate_OutsideEveryBand_Throws()
    {
        var rule = BandRule.ForPercent(Band.AtLeast(50m, 1m));
        Assert.Throws<InvalidOperationException>(() => rule.Evaluate(IndicatorValue.Percent(10m), new RuleContext(1m, 2023)));
    }

    [Fact]
    public void Equals_ComparesKindAndBands()
    {
        Assert.Equal(BandRule.ForPercent(Band.Above(90m, 2m), Band.AtMost(90m, 0m)), BandRule.ForPercent(Band.Above(90m, 2m), Band.AtMost(90m, 0m)));
        Assert.NotEqual(BandRule.ForPercent(Band.Above(90m, 2m), Band.AtMost(90m, 0m)), BandRule.ForCount(Band.Above(90m, 2m), Band.AtMost(90m, 0m)));
        Assert.NotEqual(BandRule.ForPercent(Band.Above(90m, 2m), Band.AtMost(90m, 0m)), BandRule.ForPercent(Band.AtLeast(90m, 2m), Band.Below(90m, 0m)));
    }

    [Property(MaxTest = 500)]
    public Property Evaluate_AtAndAroundEveryBound_PicksTheBandDecimalComparisonsPick() =>
        Prop.ForAll(
            Arb.From(
                from low in Gen.Choose(0, 5000)
                from width in Gen.Choose(1, 5000)
                from lowerBelongsBelow in Gen.Elements(true, false)
                from upperBelongsBelow in Gen.Elements(true, false)
                from bound in Gen.Elements(0, 1)
                from offset in Gen.Elements(0m, 1e-10m, -1e-10m, 1e-12m, -1e-12m, 0.01m, -0.01m)
                from highestFirst in Gen.Elements(true, false)
                select (Lower: low / 100m, Upper: (low + width) / 100m, LowerBelow: lowerBelongsBelow, UpperBelow: upperBelongsBelow, Bound: bound, Offset: offset, HighestFirst: highestFirst)),
            c =>
            {
                // Three bands split at two cuts; each cut belongs to the band below it or to the one above. Bands are
                // tried in the order written, so both orders are checked.
                Band[] bands =
                [
                    Band.Of(null, false, c.Lower, c.LowerBelow, 0m),
                    Band.Of(c.Lower, !c.LowerBelow, c.Upper, c.UpperBelow, 1m),
                    Band.Of(c.Upper, !c.UpperBelow, null, false, 2m),
                ];
                var rule = BandRule.ForPercent(c.HighestFirst ? bands.Reverse() : bands);
                var value = Math.Clamp((c.Bound == 0 ? c.Lower : c.Upper) + c.Offset, 0m, 100m);
                var expected = value < c.Lower || (value == c.Lower && c.LowerBelow) ? 0m
                    : value < c.Upper || (value == c.Upper && c.UpperBelow) ? 1m
                    : 2m;
                return RuleAssert.Points(rule, IndicatorValue.Percent(value), 2m) == expected;
            });

    [Fact]
    public void Describe_CountBands_HaveNoUnit() =>
        Assert.Equal("[4, ∞) → 20; 3 → 15; 2 → 10; 1 → 5; 0 → 0", Meetings.Describe());

    [Fact]
    public void Evaluate_StepIsTheIndexOfTheBandInTheOrderGiven()
    {
        var context = new RuleContext(20m, 2023);
        Assert.Equal(0, Meetings.Evaluate(IndicatorValue.Count(7m), context).Step);
        Assert.Equal(2, Meetings.Evaluate(IndicatorValue.Count(2m), context).Step);
        Assert.Equal(4, Meetings.Evaluate(IndicatorValue.Count(0m), context).Step);
    }

    [Fact]
    public void CheckInput_WholeCountWrittenWithDecimals_IsAccepted() =>
        Assert.Null(Meetings.CheckInput(IndicatorValue.Count(3.00m)));

    [Fact]
    public void Validate_NoBands_SaysSo() =>
        Assert.Equal(["InvalidRule: band rule has no bands"], RuleAssert.Problems(BandRule.ForPercent(), 1m));

    [Fact]
    public void Validate_NegativeBandPoints_AreInvalid() =>
        Assert.Equal(
            ["InvalidRule: band [50%, ∞) → -1 gives -1 points, outside [0, 1]"],
            RuleAssert.Problems(BandRule.ForPercent(Band.AtLeast(50m, -1m), Band.Below(50m, 0m)), 1m));

    [Theory]
    [InlineData("100.5", "band bound 100.5 is outside 0 to 100 (with at most 10 decimal places)")]
    [InlineData("-0.5", "band bound -0.5 is outside 0 to 100 (with at most 10 decimal places)")]
    [InlineData("50.00000000001", "band bound 50.00000000001 is outside 0 to 100 (with at most 10 decimal places)")]
    public void Validate_PercentBoundOutsideItsDomain_IsOutOfRange(string bound, string message)
    {
        var b = decimal.Parse(bound, System.Globalization.CultureInfo.InvariantCulture);
        // Both bands carry the bound, so it is said twice.
        Assert.Equal(["ValueOutOfRange: " + message, "ValueOutOfRange: " + message], RuleAssert.Problems(BandRule.ForPercent(Band.AtLeast(b, 1m), Band.Below(b, 0m)), 1m));
    }

    [Fact]
    public void Validate_BoundsAtTheEdgesOfTheirDomain_AreAccepted()
    {
        // 0 and 100 are percentages; 100,000,000 is the largest count bound; 10 decimal places are held.
        Assert.Empty(RuleAssert.Problems(BandRule.ForPercent(Band.Exactly(0m, 0m), Band.Of(0m, false, 99.9999999999m, false, 1m), Band.Between(99.9999999999m, 100m, 2m)), 2m));
        Assert.Empty(RuleAssert.Problems(BandRule.ForCount(Band.Below(100_000_000m, 0m), Band.AtLeast(100_000_000m, 1m)), 1m));
        Assert.Equal(
            ["ValueOutOfRange: band bound 100000001 is outside 0 to 100000000 (with at most 10 decimal places)"],
            RuleAssert.Problems(BandRule.ForCount(Band.Below(5m, 0m), Band.Between(5m, 100_000_001m, 1m)), 1m));
    }

    [Fact]
    public void Evaluate_BoundWithMoreThanTenDecimals_IsRefusedAsUnvalidated()
    {
        // A bound of 11 decimal places is no whole number of 10⁻¹⁰ units: validation refuses it, and the rule alone,
        // which has one fixed-point evaluation path, says so instead of comparing it some other way.
        var rule = BandRule.ForPercent(Band.Above(50.00000000001m, 1m), Band.AtMost(50.00000000001m, 0m));
        Assert.Equal(
            ["ValueOutOfRange: band bound 50.00000000001 is outside 0 to 100 (with at most 10 decimal places)", "ValueOutOfRange: band bound 50.00000000001 is outside 0 to 100 (with at most 10 decimal places)"],
            RuleAssert.Problems(rule, 1m));
        var error = Assert.Throws<InvalidOperationException>(() => RuleAssert.Points(rule, IndicatorValue.Percent(50m), 1m));
        Assert.StartsWith("A band bound has more than 10 decimals or is out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExclusiveBoundsOnTheUnitGrid_ExcludeOnlyTheBound()
    {
        // (50, 60) holds 50.0000000001 and 59.9999999999 but neither 50 nor 60.
        var rule = BandRule.ForPercent(Band.AtMost(50m, 0m), Band.Of(50m, false, 60m, false, 1m), Band.AtLeast(60m, 2m));
        Assert.Equal(0m, RuleAssert.Points(rule, IndicatorValue.Percent(50m), 2m));
        Assert.Equal(1m, RuleAssert.Points(rule, IndicatorValue.Percent(50.0000000001m), 2m));
        Assert.Equal(1m, RuleAssert.Points(rule, IndicatorValue.Percent(59.9999999999m), 2m));
        Assert.Equal(2m, RuleAssert.Points(rule, IndicatorValue.Percent(60m), 2m));
    }

    [Theory]
    [InlineData(1, 0)] // the first band containing the value wins, however they are ordered
    [InlineData(0, 1)]
    public void Evaluate_OverlappingBands_FirstGivenWins(int first, int second)
    {
        Band[] bands = [Band.AtLeast(50m, 1m), Band.AtLeast(40m, 0m)];
        var rule = BandRule.ForPercent(bands[first], bands[second]);
        Assert.Equal(bands[first].Points, RuleAssert.Points(rule, IndicatorValue.Percent(60m), 1m));
    }

    [Fact]
    public void Validate_EmptyPercentBands_AreNamed()
    {
        // (50, 50] and [60, 40] contain nothing; the rest cover [0, 100]. A band with equal bounds is written as its one value.
        var rule = BandRule.ForPercent(Band.Below(50m, 0m), Band.Of(50m, false, 50m, true, 1m), Band.Between(60m, 40m, 1m), Band.AtLeast(50m, 1m));
        Assert.Equal(["InvalidRule: band 50% → 1 contains no value", "InvalidRule: band [60%, 40%] → 1 contains no value"], RuleAssert.Problems(rule, 1m));
    }

    [Fact]
    public void Validate_OnlyEmptyPercentBands_SayOnlyThat() =>
        Assert.Equal(["InvalidRule: band 50% → 1 contains no value"], RuleAssert.Problems(BandRule.ForPercent(Band.Of(50m, false, 50m, false, 1m)), 1m));

    [Fact]
    public void Validate_SinglePointBand_IsNotEmpty() =>
        Assert.Empty(RuleAssert.Problems(BandRule.ForPercent(Band.Below(50m, 0m), Band.Exactly(50m, 1m), Band.Above(50m, 1m)), 1m));

    [Fact]
    public void Validate_TwoBandsUnboundedBelow_Overlap() =>
        Assert.Equal(["BandsOverlap: two bands are unbounded below"], RuleAssert.Problems(BandRule.ForPercent(Band.Below(50m, 0m), Band.AtMost(40m, 0m), Band.AtLeast(50m, 1m)), 1m));

    [Fact]
    public void Validate_PercentBandsSharingAnInclusiveBound_Overlap() =>
        Assert.Equal(["BandsOverlap: bands overlap at 50%"], RuleAssert.Problems(BandRule.ForPercent(Band.AtMost(50m, 0m), Band.AtLeast(50m, 1m)), 1m));

    [Fact]
    public void Validate_BandAfterAnUnboundedOne_Overlaps() =>
        Assert.Equal(["BandsOverlap: bands overlap at 60%"], RuleAssert.Problems(BandRule.ForPercent(Band.Below(50m, 0m), Band.AtLeast(50m, 1m), Band.AtLeast(60m, 1m)), 1m));

    [Fact]
    public void Validate_BandInsideAnEarlierOne_KeepsTheEarlierReach()
    {
        // [0, 80] reaches 80; [10, 20] inside it overlaps but does not pull the reach back to 20, so (80, 100] follows on.
        Assert.Equal(
            ["BandsOverlap: bands overlap at 10%"],
            RuleAssert.Problems(BandRule.ForPercent(Band.Between(0m, 80m, 0m), Band.Between(10m, 20m, 0m), Band.Above(80m, 1m)), 1m));
        // [0, 80) and [10, 80] reach 80 with the later bound inclusive: (80, 100] follows on.
        Assert.Equal(
            ["BandsOverlap: bands overlap at 10%"],
            RuleAssert.Problems(BandRule.ForPercent(Band.Of(0m, true, 80m, false, 0m), Band.Between(10m, 80m, 0m), Band.Above(80m, 1m)), 1m));
    }

    [Fact]
    public void Validate_PercentZeroLeftOut_IsAGapAtZero() =>
        Assert.Equal(["BandsGap: no band covers 0%"], RuleAssert.Problems(BandRule.ForPercent(Band.Above(0m, 1m)), 1m));

    [Fact]
    public void Validate_PercentBandsEndingBelowHundred_IsAGapToHundred() =>
        Assert.Equal(["BandsGap: no band covers values from 90% to 100%"], RuleAssert.Problems(BandRule.ForPercent(Band.AtMost(90m, 0m)), 1m));

    [Fact]
    public void Validate_BandsGivenInAnyOrder_AreSortedByLowerBound() =>
        // [50, 100] then [0, 50): sorted, they meet at 50; (−∞, 0] only adds 0, which [0, 50) already holds.
        Assert.Equal(
            ["BandsOverlap: bands overlap at 0%"],
            RuleAssert.Problems(BandRule.ForPercent(Band.Between(50m, 100m, 1m), Band.Of(0m, true, 50m, false, 0m), Band.AtMost(0m, 0m)), 1m));

    [Fact]
    public void Validate_EqualLowerBounds_InclusiveFirst() =>
        // [50, 60] and (50, 100]: sorted inclusive first, so the second overlaps at 50 rather than leaving a gap.
        Assert.Equal(
            ["BandsOverlap: bands overlap at 50%"],
            RuleAssert.Problems(BandRule.ForPercent(Band.Below(50m, 0m), Band.Above(50m, 1m), Band.Between(50m, 60m, 1m)), 1m));

    [Fact]
    public void Validate_CountBoundsBetweenWholeNumbers_CoverByTheWholeNumbersTheyHold()
    {
        // Below 2.5 holds 0, 1, 2 and above 2.5 holds 3, 4, …; at most 2.5 and at least 2.5 likewise.
        Assert.Empty(RuleAssert.Problems(BandRule.ForCount(Band.Below(2.5m, 0m), Band.Above(2.5m, 1m)), 1m));
        Assert.Empty(RuleAssert.Problems(BandRule.ForCount(Band.AtMost(2.5m, 0m), Band.AtLeast(2.5m, 1m)), 1m));
    }

    [Fact]
    public void Validate_CountZeroLeftOut_IsAGapAtZero() =>
        Assert.Equal(["BandsGap: no band covers 0"], RuleAssert.Problems(BandRule.ForCount(Band.AtLeast(1m, 1m)), 1m));

    [Fact]
    public void Validate_CountBandsOverlapping_SayWhere() =>
        // [0, 3] and [2, ∞) share 2 and 3.
        Assert.Equal(["BandsOverlap: bands overlap at 2"], RuleAssert.Problems(BandRule.ForCount(Band.Between(0m, 3m, 0m), Band.AtLeast(2m, 1m)), 1m));

    [Fact]
    public void Validate_CountBandsWithALongGap_NameTheCounts() =>
        // [0, 1] then [5, ∞): 2, 3 and 4 are left out.
        Assert.Equal(["BandsGap: no band covers the counts 2 to 4"], RuleAssert.Problems(BandRule.ForCount(Band.Between(0m, 1m, 0m), Band.AtLeast(5m, 1m)), 1m));

    [Fact]
    public void Validate_CountBandInsideAnEarlierOne_KeepsTheEarlierReach() =>
        // [0, 10] then 3 inside it, then [11, ∞): only the overlap at 3.
        Assert.Equal(["BandsOverlap: bands overlap at 3"], RuleAssert.Problems(BandRule.ForCount(Band.Between(0m, 10m, 0m), Band.Exactly(3m, 0m), Band.AtLeast(11m, 1m)), 1m));

    [Fact]
    public void Validate_CountBandsUnboundedBelowTwice_OverlapAtZero() =>
        Assert.Equal(["BandsOverlap: bands overlap at 0"], RuleAssert.Problems(BandRule.ForCount(Band.AtMost(3m, 0m), Band.Below(2m, 0m), Band.AtLeast(4m, 1m)), 1m));

    [Fact]
    public void Validate_OnlyEmptyCountBands_SayOnlyThat() =>
        Assert.Equal(["InvalidRule: band (2, 3) → 1 contains no whole number"], RuleAssert.Problems(BandRule.ForCount(Band.Of(2m, false, 3m, false, 1m)), 1m));

    [Fact]
    public void Equals_SameBandsInOrder_HashAlike()
    {
        RuleAssert.Equality(
            BandRule.ForPercent(Band.Above(90m, 2m), Band.AtMost(90m, 0m)),
            BandRule.ForPercent(Band.Above(90m, 2m), Band.AtMost(90m, 0m)),
            BandRule.ForPercent(Band.AtMost(90m, 0m), Band.Above(90m, 2m)));
        Assert.Equal(BandRule.ForPercent().GetHashCode(), BandRule.ForPercent().GetHashCode());
    }

    [Fact]
    public void Validate_BandUnboundedBelowListedLast_IsSortedFirst() =>
        // Four bands (sorted one by one, not by the sorting network of two or three), the one below 50% given last:
        // together they cover 0% to 100% once.
        Assert.Empty(RuleAssert.Problems(BandRule.ForPercent(Band.Above(90m, 3m), Band.Between(70m, 90m, 2m), Band.Of(50m, true, 70m, false, 1m), Band.Below(50m, 0m)), 3m));

    [Fact]
    public void Validate_CountBandStartingWhereTheLastEnds_Overlaps() =>
        // [0, 3] and [3, 5] both hold 3.
        Assert.Equal(["BandsOverlap: bands overlap at 3"], RuleAssert.Problems(BandRule.ForCount(Band.Between(0m, 3m, 0m), Band.Between(3m, 5m, 1m), Band.AtLeast(6m, 1m)), 1m));

    [Theory]
    [InlineData("90.00000000000", "1")] // 11 decimals, exactly 90: "trên 90%" is strict
    [InlineData("90.00000000001", "2")] // above 90 only in the 11th decimal
    [InlineData("69.999999999999999", "0")] // below 70 only in the 15th decimal
    [InlineData("70.000000000000000000", "1")]
    public void Evaluate_ValuesWithMoreThanTenDecimals_FollowTheBoundsExactly(string percent, string points)
    {
        var rule = BandRule.ForPercent(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m)); // made here, not shared: each test compiles its own
        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture),
            RuleAssert.Points(rule, IndicatorValue.Percent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)), 2m));
    }

    [Theory]
    [InlineData("230584301")] // the first count whose units (× 10¹⁰) pass the largest bound a rule holds, 2⁶¹ − 1 units
    [InlineData("10000000000")] // 10¹⁰ meetings: 10²⁰ units, beyond a long
    [InlineData("1000000000000")] // 10¹²
    [InlineData("1000000000000.00000000000")] // 10¹² written with 11 decimals: the slow path, still beyond every bound
    [InlineData("18446744073709551616")] // 2⁶⁴, a decimal whose low 64 bits are all zero
    [InlineData("79228162514264337593543950335")] // decimal's largest
    public void Evaluate_CountsBeyondEveryBound_FallInTheBandUnboundedAbove(string count)
    {
        var meetings = BandRule.ForCount(Band.AtLeast(4m, 20m), Band.Exactly(3m, 15m), Band.Exactly(2m, 10m), Band.Exactly(1m, 5m), Band.Exactly(0m, 0m));
        Assert.Equal(20m, RuleAssert.Points(meetings, IndicatorValue.Count(decimal.Parse(count, System.Globalization.CultureInfo.InvariantCulture)), 20m));
    }

    [Theory]
    [InlineData("230584300.9213693951", "1")] // the bound itself: 2⁶¹ − 1 units, the largest a rule holds
    [InlineData("230584300.92136939510000", "1")] // the same with 14 decimals
    [InlineData("230584300.92136939510001", "0")] // above it in the 20th decimal
    [InlineData("-230584300.92136939510001", "1")]
    public void Evaluate_AtTheLargestBoundARuleHolds_ComparesExactly(string value, string points)
    {
        var rule = BandRule.ForPercent(Band.AtMost(230584300.9213693951m, 1m), Band.Above(230584300.9213693951m, 0m));
        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture),
            rule.Evaluate(IndicatorValue.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)), new RuleContext(1m, 2023)).Points);
    }

    // Bounds a rule holds (at most 10 decimals, within 2⁶¹ − 1 units), and values of any scale and size near them.
    private static readonly Gen<decimal> Bound =
        Gen.OneOf(
            Gen.Elements(0m, 1m, -1m, 70m, 90m, 100m, 0.0000000001m, -0.0000000001m, 230584300.9213693951m, -230584300.9213693951m),
            from mantissa in Gen.Choose(-1_000_000, 1_000_000)
            from scale in Gen.Choose(0, 10)
            select new decimal(mantissa) / Pow10(scale));

    private static readonly Gen<decimal> Value =
        Gen.OneOf(
            Bound,
            from bound in Bound
            from nudge in Gen.Elements(0m, 1E-11m, -1E-11m, 1E-20m, -1E-20m, 1E-28m, -1E-28m)
            from zeros in Gen.Choose(0, 18)
            select (bound + nudge) * Pow10Fraction(zeros), // the same value written with more decimals, often past 10
            Gen.Elements(1E12m, -1E12m, 1000000000000.00000000000m, -1000000000000.00000000000m, 18446744073709551616m, -18446744073709551616m, 18446744073709551616.5m, decimal.MaxValue, decimal.MinValue, 7.9228162514264337593543950335m));

    private static readonly Gen<Band> AnyBand =
        from lower in Gen.OneOf(Bound.Select(b => (decimal?)b), Gen.Constant((decimal?)null))
        from upper in Gen.OneOf(Bound.Select(b => (decimal?)b), Gen.Constant((decimal?)null))
        from lowerInclusive in Gen.Elements(true, false)
        from upperInclusive in Gen.Elements(true, false)
        from index in Gen.Choose(0, 9)
        select Band.Of(lower, lowerInclusive, upper, upperInclusive, index);

    [Property(MaxTest = 2000)]
    public Property Evaluate_GivesTheFirstBandThatContainsTheValue() =>
        Prop.ForAll(
            Arb.From(from bands in Gen.ArrayOf(AnyBand).Where(b => b.Length > 0) from value in Value select (Bands: bands, Value: value)),
            c =>
            {
                // Band.Contains compares decimals; the rule compares its compiled integer keys. They must agree.
                var rule = BandRule.ForPercent(c.Bands);
                var expected = Array.FindIndex(c.Bands, b => b.Contains(c.Value));
                var value = IndicatorValue.Percent(c.Value);
                if (expected < 0)
                {
                    return Throws(() => rule.Evaluate(value, new RuleContext(9m, 2023)));
                }
                var outcome = rule.Evaluate(value, new RuleContext(9m, 2023));
                return outcome.Step == expected && outcome.Points == c.Bands[expected].Points;
            });

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static decimal Pow10(int scale) => scale == 0 ? 1m : 10m * Pow10(scale - 1);

    // 1 written with this many decimal zeros (1.000…): multiplying by it adds scale, not value.
    private static decimal Pow10Fraction(int zeros) => decimal.Parse("1." + new string('0', zeros), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ForPercent_NullBands_AreRefused() =>
        Assert.Throws<ArgumentNullException>("bands", () => BandRule.ForPercent(null!));
}
