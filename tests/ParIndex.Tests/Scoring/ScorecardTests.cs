using System.Globalization;
namespace ParIndex.Tests.Scoring;

public class ScorecardTests
{
    // The README's quick start: one area of 3 points, a banded percentage worth 2 and a yes/no worth 1.
    private static readonly Methodology Demo = new("DEMO", "Chỉ số CCHC (demo)", SubjectKind.Custom, AssessmentYears.From(2024), 3m,
        [new Area { Code = "1", Name = "Công tác chỉ đạo, điều hành CCHC", MaxPoints = 3m, Criteria =
        [
            new Criterion { Code = "1.1", Name = "Mức độ thực hiện kế hoạch CCHC", MaxPoints = 2m,
                Rule = BandRule.ForPercent(Band.Above(90m, 2m), Band.Between(70m, 90m, 1m), Band.Below(70m, 0m)) },
            new Criterion { Code = "1.2", Name = "Báo cáo CCHC đúng hạn", MaxPoints = 1m, Rule = new YesNoRule(1m) },
        ] }]);

    private static Scorecard Score(decimal planDone, bool onTime) => new Scorer(Demo).Score(new ReportedIndicators(new AssessedUnit("A", "Sở A"), 2024,
        new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Percent(planDone), ["1.2"] = IndicatorValue.Flag(onTime) }));

    [Fact]
    public void Index_PointsOverMaximum_IsExactAndRoundsToTwoDecimals()
    {
        // 95% is "trên 90%" → 2; not on time → 0. 2 of 3 = 66.666…%, published as 66.67.
        var card = Score(95m, false);

        Assert.Equal(2m, card.Points);
        Assert.Equal(3m, card.MaxPoints);
        Assert.Equal(2m / 3m * 100m, card.Index);
        Assert.Equal(66.67m, card.RoundedIndex);
        Assert.Equal("A Sở A 2024: 2 / 3 = 66.67%", card.ToString());
    }

    // One area of 7 points: a yes/no worth 1 and a yes/no worth 6, whose sevenths never end.
    private static readonly Methodology Sevenths = new("SEVENTHS", "Sevenths", SubjectKind.Custom, AssessmentYears.From(2024), 7m,
        [new Area { Code = "1", Name = "Area", MaxPoints = 7m, Criteria =
        [
            new Criterion { Code = "1.1", Name = "One", MaxPoints = 1m, Rule = new YesNoRule(1m) },
            new Criterion { Code = "1.2", Name = "Six", MaxPoints = 6m, Rule = new YesNoRule(6m) },
        ] }]);

    [Theory]
    [InlineData(true, false, "14.285714285714285714285714290")] // 1 of 7
    [InlineData(false, true, "85.71428571428571428571428571")] // 6 of 7
    [InlineData(false, false, "0")]
    [InlineData(true, true, "100")]
    public void Index_Sevenths_IsPointsOverMaximumTimes100DigitForDigit(bool one, bool six, string expected)
    {
        var card = new Scorer(Sevenths).Score(new ReportedIndicators(new AssessedUnit("A", "Sở A"), 2024,
            new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Flag(one), ["1.2"] = IndicatorValue.Flag(six) }));

        Assert.Equal(expected, card.Index.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, card.Index.ToString(CultureInfo.InvariantCulture)); // read again, as first worked out
    }

    [Theory]
    [InlineData(95, false, "66.666666666666666666666666670")] // 2 of 3
    [InlineData(80, true, "66.666666666666666666666666670")] // 1 + 1 of 3
    [InlineData(50, true, "33.333333333333333333333333330")] // 1 of 3
    public void Index_Thirds_IsPointsOverMaximumTimes100DigitForDigit(int planDone, bool onTime, string expected) =>
        Assert.Equal(expected, Score(planDone, onTime).Index.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Index_LeafNotApplicable_KeepsTheScaleOfTheQuotient()
    {
        // 80% → 1 of 2 (1.2 not applicable): 1 ÷ 2 = 0.5, × 100 = 50.0, one decimal as decimal arithmetic gives it.
        var card = new Scorer(Demo).Score(new ReportedIndicators(new AssessedUnit("A", "Sở A"), 2024,
            new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Percent(80m), ["1.2"] = IndicatorValue.NotApplicable }));

        Assert.Equal("50.0", card.Index.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("A Sở A 2024: 1 / 2 = 50.00%", card.ToString());
    }

    [Fact]
    public void Indexer_EveryNodeCode_GivesItsScore()
    {
        // 80% is in [70%, 90%] → 1; on time → 1. Area 1 = 2 of 3.
        var card = Score(80m, true);

        Assert.Equal(1m, card["1.1"].Points);
        Assert.Equal(1m, card["1.2"].Points);
        Assert.Equal(2m, card["1"].Points);
        Assert.Equal(["1"], card.Areas.Select(a => a.Code));
        Assert.Equal(["1", "1.1", "1.2"], card.Nodes.Select(n => n.Code).Order());
    }

    [Fact]
    public void NodeScores_SameInputScoredTwice_AreEqualValues()
    {
        // A node's score and a leaf's explanation are values: the same input scored twice gives equal ones (each made
        // on request, so not the same objects); 80% (→ 1 point) instead of 95% (→ 2) gives another score of leaf 1.1,
        // and leaf 1.2 is another node.
        var card = Score(95m, false);
        var again = Score(95m, false);
        var lower = Score(80m, false);

        ContractAssert.ClassEqualityContract(card["1.1"], again["1.1"], lower["1.1"], card["1.2"]);
        ContractAssert.ClassEqualityContract(card["1.1"].Explanation!, again["1.1"].Explanation!, lower["1.1"].Explanation!, card["1.2"].Explanation!);
    }

    [Fact]
    public void Explanations_OnePerLeaf_NameTheBandThatDecided()
    {
        var card = Score(95m, false);

        Assert.Equal(
            ["1.1: 95% falls in (90%, ∞) → 2 of 2 ((90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)", "1.2: no → 0 of 1 (yes: 1; no: 0)"],
            card.Explanations.Select(e => e.Text));
    }

    [Fact]
    public void Scorecard_KeepsWhatItWasScoredFrom()
    {
        var card = Score(95m, false);

        Assert.Same(Demo, card.Methodology);
        Assert.Equal(new AssessedUnit("A", "Sở A"), card.Unit);
        Assert.Equal(2024, card.Year);
        Assert.Equal(IndicatorValue.Percent(95m), card.Indicators["1.1"]);
    }
}
