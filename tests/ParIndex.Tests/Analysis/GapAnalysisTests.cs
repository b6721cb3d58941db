using static ParIndex.Tests.Analysis.GapMethodologies;

namespace ParIndex.Tests.Analysis;

public class GapAnalysisTests
{
    private static readonly RankingOptions Exact = new() { Decimals = null };

    // Mixed, by hand: U 1.1 75% → 1, 1.2 late → 0.5, 1.3 no → 0, 1.4 50% of 2 → 1, 2.1 3 → 1, 2.2 6/10 of 2 → 1.2;
    // 4.7 of 10 = 47. V: 2 + 1 + 1 + 0.5 (25%) + 0 + 1 (5/10) = 5.5 = 55. W: 1 + 1 + 1 + 1 + 0 + 1 = 5 = 50.
    private static Scorecard MixedU => Score(Mixed, "U", "Sở U",
        ("1.1", IndicatorValue.Percent(75m)), ("1.2", IndicatorValue.Completed(new LocalDate(2024, 12, 20))), ("1.3", IndicatorValue.Flag(false)),
        ("1.4", IndicatorValue.Percent(50m)), ("2.1", IndicatorValue.Count(3m)), ("2.2", IndicatorValue.Ratio(6m, 10m)));

    private static Scorecard MixedV => Score(Mixed, "V", "Sở V",
        ("1.1", IndicatorValue.Percent(95m)), ("1.2", IndicatorValue.Completed(new LocalDate(2024, 12, 1))), ("1.3", IndicatorValue.Flag(true)),
        ("1.4", IndicatorValue.Percent(25m)), ("2.1", IndicatorValue.Count(2m)), ("2.2", IndicatorValue.Ratio(5m, 10m)));

    private static Scorecard MixedW => Score(Mixed, "W", "Sở W",
        ("1.1", IndicatorValue.Percent(75m)), ("1.2", IndicatorValue.Completed(new LocalDate(2024, 12, 1))), ("1.3", IndicatorValue.Flag(true)),
        ("1.4", IndicatorValue.Percent(50m)), ("2.1", IndicatorValue.Count(2m)), ("2.2", IndicatorValue.Ratio(5m, 10m)));

    [Fact]
    public void ForScorecard_RankTwo_NeedsThePointsUpToTheSecondOther()
    {
        // Rank 2 among V 55 and W 50 (standard ties): the 2nd highest other is 50, so 50 ties W at rank 2.
        // Exact: 50 − 47 = 3 index points, 5 − 4.7 = 0.3 points. Published: 49.995 rounds to 50.00, so 2.995 index
        // points and 4.9995 − 4.7 = 0.2995 points.
        var report = GapReport.Compute(MixedU, [MixedU, MixedV, MixedW], GapTarget.Rank(2), Exact);

        Assert.Equal(3, report.Gap.Rank);
        Assert.Equal(50m, report.Exact.RequiredIndex);
        Assert.Equal(3m, report.IndexPointsNeeded);
        Assert.Equal(0.3m, report.PointsNeeded);
        Assert.Equal(49.995m, report.Published.RequiredIndex);
        Assert.Equal(2.995m, report.Published.IndexPointsNeeded);
        Assert.Equal(0.2995m, report.Published.PointsNeeded);
    }

    [Fact]
    public void ForScorecard_LostPoints_PerAreaAndLeaf()
    {
        // Area 1: 6 − (1 + 0.5 + 0 + 1) = 3.5; area 2: 4 − (1 + 1.2) = 1.8; leaves 1, 0.5, 1, 1, 1, 0.8.
        var report = GapReport.Compute(MixedU, [MixedV, MixedW], GapTarget.Rank(2), Exact);

        Assert.Equal([("1", 3.5m), ("2", 1.8m)], report.Areas.Select(a => (a.Code, a.LostPoints)));
        Assert.Equal([1m, 0.5m, 1m, 1m, 1m, 0.8m], report.Leaves.Select(l => l.LostPoints));
        Assert.Equal(["1", "1", "1", "1", "2", "2"], report.Leaves.Select(l => l.AreaCode));
    }

    [Theory]
    // One proportional leaf. (a) 3.5 points: U 18/56 → 3.5 × 18/56 = 1.125; V 52/56 → 3.25. Rank 1 (standard ties) needs
    // 3.25, a gain of 2.125: 52/56 exactly (51/56 gives 3.1875). In decimal 3.25 ÷ 3.5 × 56 came out a hair above 52,
    // whose ceiling 53 asked for one dossier too many. (b) 1.5 points: U 33/58 → 0.853448275862… kept as 0.8534482759;
    // V 56/58 → 1.448275862068… kept as 1.4482758621, so 0.5948275862 is needed and 56/58 gives exactly that, but
    // 1.4482758621 × 58 ÷ 1.5 = 56.0000000012 asked for 57. Both found by GapProperties.
    [InlineData(3.5, 18, 56, 52, 2.125)]
    [InlineData(1.5, 33, 58, 56, 0.5948275862)]
    public void ForScorecard_RatioTarget_ClosesWithTheLeastWholeCount(double max, int current, int denominator, int closing, double gain)
    {
        var points = (decimal)max;
        var ratio = new ParIndex.Methodologies.Methodology("GAP-RATIO", "Tỷ lệ (thử)", ParIndex.Methodologies.SubjectKind.Custom, ParIndex.Methodologies.AssessmentYears.From(2024), points,
        [
            new ParIndex.Methodologies.Area { Code = "1", Name = "Lĩnh vực 1", MaxPoints = points, Criteria = [ParIndex.TestSupport.MethodologyBuilder.Leaf("1.1", points, new ProportionalRule())] },
        ]);
        var u = Score(ratio, "U", "Sở U", ("1.1", IndicatorValue.Ratio(current, denominator)));
        var v = Score(ratio, "V", "Sở V", ("1.1", IndicatorValue.Ratio(closing, denominator)));

        var change = Assert.Single(GapReport.Compute(u, [v], GapTarget.Rank(1), Exact).Leaves).ClosingChange!;

        Assert.Equal((IndicatorValue.Ratio(closing, denominator), (decimal)gain), (change.Input, change.Gain));
    }

    [Fact]
    public void ForScorecard_EveryLeafClosesAlone_WithItsLeastInput()
    {
        // 0.3 points needed. 1.1: the next band (90%, ∞) at 90.01% gives +1; 1.2: on time (by 15 Dec) +0.5; 1.3: yes +1;
        // 1.4: 1.3 of 2 points is 65%; 2.1: 4 times +1; 2.2: 1.5 of 2 is 7.5/10, a whole count 8/10 (1.6, +0.4).
        var report = GapReport.Compute(MixedU, [MixedV, MixedW], GapTarget.Rank(2), Exact);

        Assert.All(report.Leaves, l => Assert.True(l.ClosesAlone, l.Code));
        Assert.Equal(
            [IndicatorValue.Percent(90.01m), IndicatorValue.Completed(new LocalDate(2024, 12, 15)), IndicatorValue.Flag(true),
             IndicatorValue.Percent(65m), IndicatorValue.Count(4m), IndicatorValue.Ratio(8m, 10m)],
            report.Leaves.Select(l => l.ClosingChange!.Input));
        Assert.Equal([1m, 0.5m, 1m, 0.3m, 1m, 0.4m], report.Leaves.Select(l => l.ClosingChange!.Gain));
    }

    [Fact]
    public void ForScorecard_LeastCombination_EqualCostTakesTheExactSurveyShare()
    {
        // Equal cost per point: the survey leaf can give exactly the 0.3 needed (65%), cheaper than any discrete step.
        var report = GapReport.Compute(MixedU, [MixedV, MixedW], GapTarget.Rank(2), Exact);

        var change = Assert.Single(report.LeastCombination!.Value);
        Assert.Equal(("1.4", IndicatorValue.Percent(65m), 0.3m), (change.Code, change.Input, change.Cost));
    }

    [Fact]
    public void ForScorecard_LeastCombination_UserCostsPreferOnTime()
    {
        // Survey and proportional points cost 10 each: 0.3 of them cost 3, while on time instead of late gains 0.5 for
        // 0.5, the cheapest of the discrete steps (+1 at 1 elsewhere).
        var report = GapReport.Compute(MixedU, [MixedV, MixedW], GapTarget.Rank(2), Exact, Costs(("1.4", 10m), ("2.2", 10m)));

        var change = Assert.Single(report.LeastCombination!.Value);
        Assert.Equal(("1.2", IndicatorValue.Completed(new LocalDate(2024, 12, 15)), 0.5m), (change.Code, change.Input, change.Cost));
    }

    [Fact]
    public void ForScorecard_NoLeafClosesAlone_LeastCombinationOfThree()
    {
        // Index ≥ 70: 7 − 4.7 = 2.3 points; no leaf gains that much (at most 1). Costs: 1.1 1.1 a point, survey 2,
        // proportional 3, others 1. Discrete only: 1.2 (0.5) + 1.3 (1) + 2.1 (1) = 2.5 for 2.5; with 1.1 instead of one
        // of them 2.6; two steps of 1 + 0.3 of survey (0.6) = 2.6; so 1.2 on time, 1.3 yes, 2.1 four times.
        var report = GapReport.Compute(MixedU, [], GapTarget.Index(70m), Exact, Costs(("1.1", 1.1m), ("1.4", 2m), ("2.2", 3m)));

        Assert.Equal(2.3m, report.PointsNeeded);
        Assert.DoesNotContain(report.Leaves, l => l.ClosesAlone);
        Assert.Equal(["1.2", "1.3", "2.1"], report.LeastCombination!.Value.Select(c => c.Code));
        Assert.Equal(2.5m, report.LeastCombination.Value.Sum(c => c.Cost));
    }

    [Fact]
    public void ForScorecard_Discrete_KnapsackPicksTheLeastOvershoot()
    {
        // Discrete: U has nothing (0). Index ≥ 40 needs 4 points. Alone only 1.3 at 10 times (+5) closes; 1.1 (+3) and
        // 1.2 (+2) do not. Least total gain ≥ 4: 1.2 (+2) with 1.3 at 5 times (+2) = 4; every other way gives 5.
        var u = Discrete3("U", "Sở A", false, false, 0);
        var report = GapReport.Compute(u, [], GapTarget.Index(40m), Exact);

        Assert.Equal([false, false, true], report.Leaves.Select(l => l.ClosesAlone));
        Assert.Equal(IndicatorValue.Count(10m), report.Leaves[2].ClosingChange!.Input);
        Assert.Equal([IndicatorValue.Count(5m), IndicatorValue.Count(10m)], report.Leaves[2].Options.Select(o => o.Input));
        Assert.Equal([("1.2", IndicatorValue.Flag(true)), ("1.3", IndicatorValue.Count(5m))], report.LeastCombination!.Value.Select(c => (c.Code, c.Input)));
    }

    [Fact]
    public void ForScorecard_Discrete_CheaperCountPointsMakeOneLeafEnough()
    {
        // 1.3's points cost 0.5: 10 times costs 2.5, against 2 + 1 = 3 for 1.2 with 5 times.
        var u = Discrete3("U", "Sở A", false, false, 0);
        var report = GapReport.Compute(u, [], GapTarget.Index(40m), Exact, Costs(("1.3", 0.5m)));

        var change = Assert.Single(report.LeastCombination!.Value);
        Assert.Equal(("1.3", IndicatorValue.Count(10m), 2.5m), (change.Code, change.Input, change.Cost));
    }

    [Theory]
    // V "Sở B" 40 and W "Sở D" 70; rank 2 means reaching V's 40. Standard and dense share rank 2 at 40; ordinal breaks
    // the tie by name: "Sở A" comes before "Sở B" and wins at 40, "Sở C" comes after and needs more than 40 — the
    // scorer's next step 4.0000000001 points exactly, or 40.005 (rounds to 40.01) at two decimals.
    [InlineData(TiePolicy.Standard, "Sở C", null, "4", "40", false)]
    [InlineData(TiePolicy.Dense, "Sở C", null, "4", "40", false)]
    [InlineData(TiePolicy.Ordinal, "Sở A", null, "4", "40", false)]
    [InlineData(TiePolicy.Ordinal, "Sở C", null, "4.0000000001", "40", true)]
    [InlineData(TiePolicy.Ordinal, "Sở C", 2, "4.0005", "40.005", false)]
    [InlineData(TiePolicy.Standard, "Sở C", 2, "3.9995", "39.995", false)]
    public void ForScorecard_TiesAtTheTargetRank(TiePolicy ties, string name, int? decimals, string points, string required, bool strict)
    {
        var u = Discrete3("U", name, false, false, 0);
        var v = Discrete3("V", "Sở B", false, true, 5);  // 2 + 2 = 4
        var w = Discrete3("W", "Sở D", false, true, 10); // 2 + 5 = 7
        var options = new RankingOptions { Ties = ties, Decimals = decimals };

        var report = GapReport.Compute(u, [u, v, w], GapTarget.Rank(2), options);

        Assert.Equal(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture), report.PointsNeeded);
        Assert.Equal(decimal.Parse(required, System.Globalization.CultureInfo.InvariantCulture), report.Gap.RequiredIndex);
        Assert.Equal(strict, report.Gap.IsStrict);
        // The combination, re-scored and re-ranked, takes U to rank 2.
        var changed = Apply(u, report.LeastCombination!.Value);
        Assert.Equal(2, Ranking.ByIndex([changed, v, w], options)["U"].Rank);
    }

    [Fact]
    public void ForScorecard_OrdinalTieLost_OneLeafWithMoreThanNeeded()
    {
        // "Sở C" needs more than 4 points: 5 in every way (1.1 + 1.2, 1.3 at 10, 1.1 + 1.3 at 5); one change is fewest.
        var u = Discrete3("U", "Sở C", false, false, 0);
        var options = new RankingOptions { Ties = TiePolicy.Ordinal, Decimals = null };
        var report = GapReport.Compute(u, [Discrete3("V", "Sở B", false, true, 5), Discrete3("W", "Sở D", false, true, 10)], GapTarget.Rank(2), options);

        var change = Assert.Single(report.LeastCombination!.Value);
        Assert.Equal(("1.3", IndicatorValue.Count(10m)), (change.Code, change.Input));
    }

    [Fact]
    public void ForScorecard_TargetMet_NothingNeeded()
    {
        var report = GapReport.Compute(MixedV, [MixedU, MixedW], GapTarget.Rank(1));

        Assert.True(report.Gap.IsMet);
        Assert.Equal(0m, report.PointsNeeded);
        Assert.Empty(report.LeastCombination!.Value);
        Assert.DoesNotContain(report.Leaves, l => l.ClosesAlone);
    }

    [Fact]
    public void ForScorecard_OutOfReach_NoCombination()
    {
        // Group A (≥ 90) needs 9 points; U's leaves can add at most 10 − 4.7 = 5.3, so 4.7 + 5.3 = 10 reaches it. Index
        // 100 exactly is reachable too; but rank 1 above a unit at 100 with ordinal ties lost on the name is not.
        var full = Score(Mixed, "A", "Sở A",
            ("1.1", IndicatorValue.Percent(95m)), ("1.2", IndicatorValue.Completed(new LocalDate(2024, 12, 1))), ("1.3", IndicatorValue.Flag(true)),
            ("1.4", IndicatorValue.Percent(100m)), ("2.1", IndicatorValue.Count(4m)), ("2.2", IndicatorValue.Ratio(10m, 10m)));
        var options = new RankingOptions { Ties = TiePolicy.Ordinal, Decimals = null };

        var groupA = GapReport.Compute(MixedU, [full], GapTarget.Group("A"), options);
        var first = GapReport.Compute(MixedU, [full], GapTarget.Rank(1), options);

        Assert.NotNull(groupA.LeastCombination);
        Assert.False(first.Gap.IsReachable);
        Assert.Null(first.LeastCombination);
    }

    [Fact]
    public void ForValue_PublishedValues_GroupAndRank()
    {
        // Others 91.5, 90.2, 89.99; U 89.97. Group A: exactly 90 (0.03 to go); at two decimals 89.995 (0.025), which
        // over a methodology of 100 points is 0.025 points. Rank 2: the 2nd highest is 90.2, so 90.195 at two decimals.
        UnitValue[] others = [Value("P1", 91.5m), Value("P2", 90.2m), Value("P3", 89.99m)];
        var u = Value("U", 89.97m);

        var exact = IndexGap.Compute(u, others, GapTarget.Group("A"), new RankingOptions { Decimals = null }, 100m);
        var published = IndexGap.Compute(u, others, GapTarget.Group("A"), new RankingOptions { Decimals = 2 }, 100m);
        var second = IndexGap.Compute(u, others, GapTarget.Rank(2), new RankingOptions { Decimals = 2 });

        Assert.Equal((90m, 0.03m, 4), (exact.RequiredIndex, exact.IndexPointsNeeded, exact.Rank));
        Assert.Equal((89.995m, 0.025m, 0.025m), (published.RequiredIndex, published.IndexPointsNeeded, published.PointsNeeded));
        Assert.Equal(90.195m, second.RequiredIndex);
        Assert.Null(second.PointsNeeded);
    }

    [Fact]
    public void ForValue_ThresholdAtOrBelowZero_TheMidpointRoundsAwayFromZero()
    {
        // A composite's values may be negative. P1 is −0.001, which ranks as 0.00 at two decimals. First place needs a
        // value that rounds to 0.00 or more: −0.004 does (−0.00), the midpoint −0.005 does not (half away from zero:
        // −0.01), so the threshold is "more than −0.005". Above zero the midpoint is included (89.995 in the test above).
        var first = IndexGap.Compute(Value("U", -0.005m), [Value("P1", -0.001m)], GapTarget.Rank(1), new RankingOptions { Decimals = 2 });
        Assert.Equal((-0.005m, true, false), (first.RequiredIndex, first.IsStrict, first.IsMet));
        Assert.True(IndexGap.Compute(Value("U", -0.004m), [Value("P1", -0.001m)], GapTarget.Rank(1), new RankingOptions { Decimals = 2 }).IsMet);

        // Above a key of −0.02 (ordinal ties lost by name): the next step is −0.01, reached from more than −0.015.
        var above = IndexGap.Compute(Value("Z", -0.03m), [Value("A", -0.02m)], GapTarget.Rank(1), new RankingOptions { Decimals = 2, Ties = TiePolicy.Ordinal });
        Assert.Equal((-0.015m, true), (above.RequiredIndex, above.IsStrict));
    }

    [Fact]
    public void ForValue_FewerOthersThanTheRank_AlreadyMet()
    {
        var gap = IndexGap.Compute(Value("U", 10m), [Value("P1", 90m)], GapTarget.Rank(2));

        Assert.True(gap.IsMet);
        Assert.Equal(0m, gap.IndexPointsNeeded);
    }

    [Fact]
    public void RankPastTheLastRank_IsRefusedAsRankZeroIs()
    {
        // U and P1 are 2 units: rank 2 is the last place (met above), rank 3 is no rank at all. Three scorecards
        // (U, V, W): rank 4 is past the last rank, 3.
        var value = Assert.Throws<ArgumentOutOfRangeException>(() => IndexGap.Compute(Value("U", 10m), [Value("P1", 90m)], GapTarget.Rank(3)));
        var scored = Assert.Throws<ArgumentOutOfRangeException>(() => GapReport.Compute(MixedU, [MixedV, MixedW], GapTarget.Rank(4), Exact));

        Assert.Equal("target", value.ParamName);
        Assert.StartsWith("Rank 3 is past the last rank: 2 units are ranked.", value.Message, StringComparison.Ordinal);
        Assert.Equal("target", scored.ParamName);
        Assert.StartsWith("Rank 4 is past the last rank: 3 units are ranked.", scored.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForValue_NullOthersOrANullAmongThem_NamesOthers()
    {
        // Both were named 'values', a parameter of an internal helper that IndexGap.Compute does not have.
        Assert.Equal("others", Assert.Throws<ArgumentNullException>(() => IndexGap.Compute(Value("U", 10m), null!, GapTarget.Rank(1))).ParamName);
        Assert.Equal("others", Assert.Throws<ArgumentException>(() => IndexGap.Compute(Value("U", 10m), [Value("P1", 90m), null!], GapTarget.Rank(1))).ParamName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-100")]
    public void ForValue_MaximumNotAboveZero_IsRefusedQuotingIt(string text)
    {
        // U at 10, P1 at 90: rank 1 needs 80 index points, 80 of a 100-point maximum; a maximum of 0 said 0 points.
        var maxPoints = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => IndexGap.Compute(Value("U", 10m), [Value("P1", 90m)], GapTarget.Rank(1), null, maxPoints));
        Assert.Equal("maxPoints", e.ParamName);
        Assert.Equal(maxPoints, e.ActualValue);
        Assert.Contains("must be more than 0, not " + text, e.Message, StringComparison.Ordinal);
        Assert.Equal(80m, IndexGap.Compute(Value("U", 10m), [Value("P1", 90m)], GapTarget.Rank(1), null, 100m).PointsNeeded);
    }

    [Fact]
    public void ForValue_UnknownGroup_NamesTheScheme()
    {
        var error = Assert.Throws<ArgumentException>(() => IndexGap.Compute(Value("U", 10m), [], GapTarget.Group("D")));

        Assert.Equal("target", error.ParamName);
        Assert.Contains("Group D is not in the scheme (A, B, C)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForScorecard_CostNotPositive_Throws()
    {
        var costs = Costs(("1.3", 0m));

        var error = Assert.Throws<ArgumentException>(() => GapReport.Compute(MixedU, [], GapTarget.Index(50m), costPerPoint: costs));

        Assert.Equal("costPerPoint", error.ParamName);
        Assert.Contains("leaf 1.3 costs 0 a point", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForScorecard_DefaultCostNotPositive_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => GapReport.Compute(MixedU, [], GapTarget.Index(50m), defaultCostPerPoint: -1m));

        Assert.Equal("defaultCostPerPoint", error.ParamName);
        Assert.Contains("Costs per point must be more than 0: the default cost per point is -1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9.9")] // no such code in GAP-MIXED (leaves 1.1–1.4, 2.1, 2.2)
    [InlineData("1")] // an area, not a leaf
    public void ForScorecard_CostOfNoLeaf_ThrowsNamingIt(string code)
    {
        // Before: the cost was ignored and every leaf priced 1, the same report as with no costs at all.
        var costs = Costs(("1.3", 2m), (code, 10m));

        var error = Assert.Throws<ArgumentException>(() => GapReport.Compute(MixedU, [], GapTarget.Index(50m), costPerPoint: costs));

        Assert.Equal("costPerPoint", error.ParamName);
        Assert.Contains($"'{code}' is not a leaf of GAP-MIXED (leaves: 1.1, 1.2, 1.3, 1.4, 2.1, 2.2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForScorecard_CostCodeWrittenAnotherWay_PricesItsLeaf()
    {
        // A code pasted with a zero-width space names leaf 1.3, as a criterion's code does everywhere. Before: "not a leaf".
        // U's 1.3 is "no" (0 of 1 point), so "yes" gains 1 point, at 2 a point: a cost of 2.
        var report = GapReport.Compute(MixedU, [], GapTarget.Index(50m), costPerPoint: Costs(("1.3\u200b", 2m)));

        var yes = Assert.Single(report.Leaves.Single(l => l.Leaf.Code == "1.3").Options, c => c.Gain == 1m);
        Assert.Equal(2m, yes.Cost);
    }

    [Fact]
    public void ForScorecard_OneCodeWrittenTwoWays_ThrowsNamingIt()
    {
        // "1.3" and "1.3" + a zero-width space are one leaf: two costs for it are refused, not one silently dropped.
        var costs = Costs(("1.3", 2m), ("1.3\u200b", 3m));

        var error = Assert.Throws<ArgumentException>(() => GapReport.Compute(MixedU, [], GapTarget.Index(50m), costPerPoint: costs));

        Assert.Equal("costPerPoint", error.ParamName);
        Assert.Contains("'1.3\u200b' names leaf 1.3 again, written another way", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GapTarget_Factories_CheckTheirArguments()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => GapTarget.Rank(0)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => GapTarget.Index(100.01m)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => GapTarget.Group(" ")).ParamName);
        Assert.Equal(GapTarget.Rank(10), GapTarget.Rank(10));
        Assert.Equal("rank 10 or better", GapTarget.Rank(10).ToString());
    }

    internal static Scorecard Apply(Scorecard unit, ImmutableArray<LeafChange> changes)
    {
        var values = unit.Indicators.ToDictionary(kv => kv.Key, kv => kv.Value);
        foreach (var change in changes)
        {
            values[change.Code] = change.Input;
        }
        return new Scorer(unit.Methodology).Score(new ReportedIndicators(unit.Unit, unit.Year, values));
    }

    private static ImmutableDictionary<string, decimal> Costs(params (string Code, decimal Cost)[] costs) =>
        costs.ToImmutableDictionary(c => c.Code, c => c.Cost);

    private static UnitValue Value(string code, decimal value) => new(new AssessedUnit(code, "Tỉnh " + code), value);
}
