using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

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
}
