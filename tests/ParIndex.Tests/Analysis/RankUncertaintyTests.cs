using static ParIndex.Tests.Analysis.GapMethodologies;

namespace ParIndex.Tests.Analysis;

public class RankUncertaintyTests
{
    // Mixed methodology; every leaf but the survey (1.4, max 2) at its maximum: 8 points + the survey's share of 2.
    private static Scorecard Unit(string code, decimal survey) => Score(Mixed, code, "Sở " + code,
        ("1.1", IndicatorValue.Percent(95m)), ("1.2", IndicatorValue.Completed(new NodaTime.LocalDate(2024, 12, 1))), ("1.3", IndicatorValue.Flag(true)),
        ("1.4", IndicatorValue.Percent(survey)), ("2.1", IndicatorValue.Count(4m)), ("2.2", IndicatorValue.Ratio(10m, 10m)));

    [Fact]
    public void Run_NoNoise_EveryRunIsTheNominalRanking()
    {
        Scorecard[] cards = [Unit("A", 50m), Unit("B", 60m), Unit("C", 55m)];

        var result = RankUncertainty.Run(cards, new UncertaintyOptions { Runs = 300 });

        Assert.Equal(["B", "C", "A"], result.Select(u => u.Unit.Code));
        Assert.All(result, u => Assert.Equal((u.NominalRank, u.NominalRank, u.NominalRank, (double)u.NominalRank), (u.Low, u.High, u.MedianRank, u.MeanRank)));
        Assert.All(result, u => Assert.Equal(300, u.RankCounts[u.NominalRank - 1]));
    }

    [Fact]
    public void Run_TwoUnitsOneSurveyPointApart_SwapAboutAsOftenAsTheNormalSays()
    {
        // A's survey 50%, B's 51% on a 2-point leaf; standard error 1 point each: B − A ~ N(1, √2), so A ranks first
        // with probability Φ(−1/√2) = 0.2398. 20,000 runs give it within ±0.02 (4 standard errors of a share).
        Scorecard[] cards = [Unit("A", 50m), Unit("B", 51m)];

        var result = RankUncertainty.Run(cards, new UncertaintyOptions { Runs = 20000, SurveyStandardError = 1m, TopN = 1 });

        var a = result.Single(u => u.Unit.Code == "A");
        Assert.Equal(2, a.NominalRank);
        Assert.InRange(a.ProbabilityTopN, 0.2198, 0.2598);
        Assert.Equal((1, 2), (a.Low, a.High));
    }

    [Fact]
    public void Run_SameSeed_SameResultWhateverTheThreads()
    {
        Scorecard[] cards = [.. Enumerable.Range(0, 12).Select(i => Unit("U" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), 40m + i))];
        UncertaintyOptions Options(int threads) => new() { Runs = 2000, SurveyStandardError = 3m, MaximaNoise = 0.2m, MaxThreads = threads, Seed = 7 };

        var one = RankUncertainty.Run(cards, Options(1));
        var four = RankUncertainty.Run(cards, Options(4));

        Assert.Equal(one.Select(u => u.RankCounts.ToArray()), four.Select(u => u.RankCounts.ToArray()));
        Assert.Equal(one.Select(u => u.GroupProbabilities["A"]), four.Select(u => u.GroupProbabilities["A"]));
    }

    [Fact]
    public void Run_MoreNoise_WiderIntervals()
    {
        Scorecard[] cards = [.. Enumerable.Range(0, 10).Select(i => Unit("U" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 50m + i))];
        int Width(decimal se) => RankUncertainty.Run(cards, new UncertaintyOptions { Runs = 2000, SurveyStandardError = se }).Sum(u => u.High - u.Low);

        Assert.True(Width(0.5m) < Width(5m));
        Assert.Equal(0, Width(0m));
    }

    [Fact]
    public void Sensitivity_UnitsDifferingOnlyInTheSurvey_AllOfTheShiftIsTheSurveys()
    {
        // A, B, C differ only in the survey leaf (50, 51, 52 %), every other leaf at its maximum: the weights scale the
        // same leaves of every unit by the same factors, so A − B = f(1.4) × 2 × (sA − sB) ÷ 100 ÷ (Σ f m) keeps the
        // survey difference's sign. The ranks are a function of the survey draws alone: S(survey) = ST(survey) = 1, and
        // the weights' total index is exactly 0 (f(A_B) = f(A) on every row when only the weights are swapped).
        Scorecard[] cards = [Unit("A", 50m), Unit("B", 51m), Unit("C", 52m)];
        var options = new UncertaintyOptions { SurveyStandardError = 1m, MaximaNoise = 0.3m };

        var result = RankUncertainty.Sensitivity(cards, options, new SobolOptions { Samples = 4096 });

        Assert.Equal(["survey", "weights"], result.Inputs.Select(i => i.Name));
        Assert.InRange(result.Inputs[0].FirstOrder, 0.9, 1.1);
        Assert.InRange(result.Inputs[0].Total, 0.95, 1.05);
        Assert.Equal(0, result.Inputs[1].Total);
        Assert.Equal(0, result.Inputs[1].FirstOrder);
        Assert.True(result.Mean > 0);
    }

    [Fact]
    public void Sensitivity_OneUnitsRank_IsTheOutputWhenNamed()
    {
        // B (51 %) swaps with A (50 %) as the survey draws say, below C (90 %) always: B's rank (2 or 3) is the survey's
        // alone. A unit whose rank never moves (C, first in every run) leaves no variance to share: an error, not 0 ÷ 0.
        Scorecard[] cards = [Unit("A", 50m), Unit("B", 51m), Unit("C", 90m)];
        var options = new UncertaintyOptions { SurveyStandardError = 1m, MaximaNoise = 0.3m };

        var b = RankUncertainty.Sensitivity(cards, options, new SobolOptions { Samples = 4096 }, "B");

        Assert.InRange(b.Mean, 2.0, 3.0);
        Assert.InRange(b.Inputs[0].Total, 0.95, 1.05);
        Assert.Equal(0, b.Inputs[1].Total);
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => RankUncertainty.Sensitivity(cards, options, new SobolOptions { Samples = 256 }, "C")).ParamName);
    }

    [Fact]
    public void Sensitivity_FewerThanTwoSourcesOrAnUnknownUnit_Throws()
    {
        Scorecard[] cards = [Unit("A", 50m), Unit("B", 51m)];

        Assert.Equal("options", Assert.Throws<ArgumentException>(() => RankUncertainty.Sensitivity(cards, new UncertaintyOptions { SurveyStandardError = 1m })).ParamName);
        Assert.Equal("unitCode", Assert.Throws<ArgumentException>(() => RankUncertainty.Sensitivity(cards, new UncertaintyOptions { SurveyStandardError = 1m, MaximaNoise = 0.1m }, null, "Z")).ParamName);
    }

    [Fact]
    public void StandardErrorFromInterval_IsHalfTheWidthOverZ()
    {
        // A 95% interval [80.08, 83.92] has half-width 1.92 = 1.959964 × 0.9796.
        Assert.Equal(0.9796m, Math.Round(RankUncertainty.StandardErrorFromInterval(80.08m, 83.92m), 4));
    }

    [Fact]
    public void Run_BadOptions_Throw()
    {
        Scorecard[] cards = [Unit("A", 50m)];

        Assert.Equal("options", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(cards, new UncertaintyOptions { Runs = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(cards, new UncertaintyOptions { MaximaNoise = 1m })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(cards, new UncertaintyOptions { SurveyStandardErrors = ImmutableDictionary<string, decimal>.Empty.Add("A", -1m) })).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => RankUncertainty.Run(cards, new UncertaintyOptions { SurveyStandardErrors = ImmutableDictionary<string, decimal>.Empty.Add("Z", 1m) }));
        Assert.Equal("options", unknown.ParamName);
        Assert.StartsWith("A survey standard error is given for 'Z', which no scorecard is of.", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NullOrBelowOneOptions_AreNamedNotThrownFromInside()
    {
        // Each was a NullReferenceException from inside the runs, the runtime's 'MaxDegreeOfParallelism' or, for TopN,
        // a silent probability of 0.
        Scorecard[] cards = [Unit("A", 50m), Unit("B", 60m)];
        (UncertaintyOptions Options, string Words)[] cases =
        [
            (new UncertaintyOptions { SurveyStandardErrors = null! }, "SurveyStandardErrors is null"),
            (new UncertaintyOptions { Rankings = [RankingOptions.Default, null!] }, "A ranking policy of Rankings is null"),
            (new UncertaintyOptions { MaxThreads = 0 }, "MaxThreads must be at least 1 (or null for the processor count), not 0"),
            (new UncertaintyOptions { TopN = -1 }, "TopN must be at least 1, not -1"),
            (new UncertaintyOptions { TopN = 0 }, "TopN must be at least 1, not 0"),
        ];
        foreach (var (options, words) in cases)
        {
            var run = Assert.Throws<ArgumentException>(() => RankUncertainty.Run(cards, options));
            Assert.Equal("options", run.ParamName);
            Assert.StartsWith(words, run.Message, StringComparison.Ordinal);
        }
        var sensitivity = Assert.Throws<ArgumentException>(() => RankUncertainty.Sensitivity(cards, new UncertaintyOptions { SurveyStandardError = 1m, MaximaNoise = 0.1m, MaxThreads = -2 }, 64));
        Assert.Equal("options", sensitivity.ParamName);
    }

    [Fact]
    public void StandardErrorFromInterval_ZPastHalfADecimal_IsNearZeroNotRefused()
    {
        // 2 z overflows, but the error does not: 1 / (2 × 7.9e28) is about 6e-30, 0 at a decimal's 28 places. It was
        // refused as "a standard error beyond a decimal's range", naming z.
        Assert.Equal(0m, RankUncertainty.StandardErrorFromInterval(0m, 1m, decimal.MaxValue));
        Assert.Equal(0m, RankUncertainty.StandardErrorFromInterval(0m, 1m, decimal.MaxValue / 2m));
    }

    [Fact]
    public void StandardErrorFromInterval_WidthBeyondADecimal_IsRefusedNamingUpper()
    {
        // decimal.MaxValue − decimal.MinValue is twice the largest decimal: it was an OverflowException.
        var e = Assert.Throws<ArgumentException>(() => RankUncertainty.StandardErrorFromInterval(decimal.MinValue, decimal.MaxValue));
        Assert.Equal("upper", e.ParamName);
        Assert.Contains("beyond a decimal's range", e.Message, StringComparison.Ordinal);
        Assert.Equal("z", Assert.Throws<ArgumentException>(() => RankUncertainty.StandardErrorFromInterval(0m, 1_000_000m * 1_000_000m * 1_000_000m * 1_000_000m, 0.000001m)).ParamName);
    }

    [Fact]
    public void Run_TenTimesTheRuns_AllocatesNoMore()
    {
        // 40 units; memory is per-rank counts (40 × 40 longs = 12,800 bytes per worker), never the runs. One thread, so
        // that every allocation of the analysis is on this thread and counted.
        Scorecard[] cards = [.. Enumerable.Range(0, 40).Select(i => Unit("U" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), 40m + (i * 0.5m)))];
        UncertaintyOptions Options(int runs) => new() { Runs = runs, SurveyStandardError = 2m, MaximaNoise = 0.1m, MaxThreads = 1, Seed = 3 };
        RankUncertainty.Run(cards, Options(500)); // compiled before anything is measured

        long Allocated(int runs)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            RankUncertainty.Run(cards, Options(runs));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        var few = Allocated(2_000);
        var many = Allocated(20_000);

        // The measurement sees the analysis: the result's counts alone are 40 × 40 × 8 = 12,800 bytes.
        Assert.True(few > 12_800, few + " bytes for 2,000 runs");
        // 18,000 more runs: one 24-byte allocation per run would be 432,000 bytes more. The margin is for the runtime's
        // own work on this thread.
        Assert.True(many - few < 64_000, $"{few} bytes for 2,000 runs, {many} for 20,000");
    }

    // GAP-DISCRETE with the count band of 1.3 moved down: ≥ 8 → 5, 4–7 → 2, ≤ 3 → 0 (instead of ≥ 10, 5–9, ≤ 4).
    private static readonly ParIndex.Methodologies.Methodology LowerBand = new("GAP-DISCRETE-LOW", "Khoảng cách rời rạc, ngưỡng thấp (thử)", ParIndex.Methodologies.SubjectKind.Custom, ParIndex.Methodologies.AssessmentYears.From(2024), 10m,
    [
        new ParIndex.Methodologies.Area
        {
            Code = "1", Name = "Lĩnh vực 1", MaxPoints = 10m, Criteria =
            [
                new() { Code = "1.1", Name = "Tiêu chí 1.1", MaxPoints = 3m, Rule = new YesNoRule(3m) },
                new() { Code = "1.2", Name = "Tiêu chí 1.2", MaxPoints = 2m, Rule = new YesNoRule(2m) },
                new() { Code = "1.3", Name = "Tiêu chí 1.3", MaxPoints = 5m, Rule = BandRule.ForCount(Band.AtLeast(8m, 5m), Band.Between(4m, 7m, 2m), Band.AtMost(3m, 0m)) },
            ],
        },
    ]);

    // P: yes, yes, 8 → 3 + 2 + 2 = 7 nominally, 3 + 2 + 5 = 10 under the lower band. Q: yes, no, 10 → 3 + 0 + 5 = 8 under
    // both. Nominally Q is first; under the lower band P is.
    private static Scorecard[] BandMoves => [Discrete3("P", "Sở P", true, true, 8), Discrete3("Q", "Sở Q", true, false, 10)];

    [Fact]
    public void Run_AnAlternativeBandThreshold_EachMethodologyAboutHalfTheRuns()
    {
        var result = RankUncertainty.Run(BandMoves, new UncertaintyOptions { Runs = 4000, Methodologies = [LowerBand], TopN = 1 });

        // The nominal ranking is the scorecards' own methodology's: Q first (8 > 7).
        Assert.Equal(["Q", "P"], result.Select(u => u.Unit.Code));
        var p = result.Single(u => u.Unit.Code == "P");
        Assert.Equal((2, 1, 2), (p.NominalRank, p.Low, p.High));
        // P is first exactly when the lower band is drawn, with probability 1/2; 4,000 runs: a share's standard error is
        // 0.0079, and ±0.04 is five of them.
        Assert.InRange(p.ProbabilityTopN, 0.46, 0.54);
        Assert.Equal(4000, p.RankCounts[0] + p.RankCounts[1]);
        Assert.Equal(p.RankCounts[0], result.Single(u => u.Unit.Code == "Q").RankCounts[1]);
    }

    [Fact]
    public void Sensitivity_ABandThresholdAndAnIdlePolicy_AllOfTheShiftIsTheMethodologys()
    {
        // Exact values and two decimals rank P and Q alike (7 against 8 points of 10: 70 % and 80 %), so the second
        // source explains nothing; the shift (0 nominally, 1 under the lower band) is the methodology's alone.
        var options = new UncertaintyOptions
        {
            Methodologies = [LowerBand],
            Rankings = [new ParIndex.Rankings.RankingOptions(), new ParIndex.Rankings.RankingOptions { Decimals = 2 }],
        };

        var result = RankUncertainty.Sensitivity(BandMoves, options, new SobolOptions { Samples = 4096 });

        Assert.Equal(["methodology", "ranking policy"], result.Inputs.Select(i => i.Name));
        Assert.InRange(result.Inputs[0].FirstOrder, 0.9, 1.1);
        Assert.InRange(result.Inputs[0].Total, 0.9, 1.1);
        Assert.Equal(0, result.Inputs[1].Total);
    }

    [Fact]
    public void Run_BadAlternatives_Throw()
    {
        // GAP-MIXED has other leaves than GAP-DISCRETE; a methodology from 2030 cannot score a 2024 unit.
        var from2030 = new ParIndex.Methodologies.Methodology("GAP-DISCRETE-2030", "Từ 2030 (thử)", ParIndex.Methodologies.SubjectKind.Custom, ParIndex.Methodologies.AssessmentYears.From(2030), 10m, LowerBand.Areas);

        var otherLeaves = Assert.Throws<ArgumentException>(() => RankUncertainty.Run(BandMoves, new UncertaintyOptions { Methodologies = [Mixed] }));
        Assert.Equal("options", otherLeaves.ParamName);
        Assert.Contains("'GAP-MIXED' has other leaves", otherLeaves.Message, StringComparison.Ordinal);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(BandMoves, new UncertaintyOptions { Methodologies = [null!] })).ParamName);
        Assert.Throws<InvalidIndicatorsException>(() => RankUncertainty.Run(BandMoves, new UncertaintyOptions { Methodologies = [from2030] }));
    }

    [Fact]
    public void Run_AUnitsStandardErrorKeyedInNfd_IsThatUnits()
    {
        // "Huế" decomposed (e + combining circumflex + combining acute) names the same unit as its NFC code, so only Huế
        // carries an error, of 5 points. Its survey (55.5) passes C's (60) when the draw is 0.9 standard errors up,
        // Φ(−0.9) = 18 % of the runs, and falls below D's (50) when it is 1.1 down, Φ(−1.1) = 14 %: both more than the 5 %
        // that puts ranks 1 and 3 inside its 5–95 % interval. Had the key been missed, no unit would move and its interval
        // would be rank 2 alone.
        Scorecard[] cards = [Unit("Huế", 55.5m), Unit("C", 60m), Unit("D", 50m)];
        var nfd = "Huế".Normalize(System.Text.NormalizationForm.FormD);

        var result = RankUncertainty.Run(cards, new UncertaintyOptions { Runs = 2000, SurveyStandardErrors = ImmutableDictionary<string, decimal>.Empty.Add(nfd, 5m) });

        var hue = result.Single(u => u.Unit.Code == "Huế");
        Assert.Equal((1, 3), (hue.Low, hue.High));
    }

    [Fact]
    public void Run_AUnitsStandardErrorKeyedWithAZeroWidthSpace_IsThatUnits()
    {
        // Keys are compared in the units' codes' normal form (trimmed, zero-width characters removed, NFC): " Huế\u200B"
        // names Huế, so it moves as in the test above (ranks 1 to 3), instead of being refused as no unit's code.
        Scorecard[] cards = [Unit("Huế", 55.5m), Unit("C", 60m), Unit("D", 50m)];

        var result = RankUncertainty.Run(cards, new UncertaintyOptions { Runs = 2000, SurveyStandardErrors = ImmutableDictionary<string, decimal>.Empty.Add(" Huế\u200B", 5m) });

        var hue = result.Single(u => u.Unit.Code == "Huế");
        Assert.Equal((1, 3), (hue.Low, hue.High));
    }
}
