using static ParIndex.TestSupport.MethodologyBuilder;

namespace ParIndex.Tests.Scoring;

public class ScorerTests
{
    private static readonly Scorer CaMau = new(CaMau1880.Fragment);

    private static ReportedIndicators Unit(string code, int year, params (string Code, IndicatorValue Value)[] values) =>
        new(new AssessedUnit(code, "Sở " + code), year, values.Select(v => KeyValuePair.Create(v.Code, v.Value)));

    [Fact]
    public void Score_CaMauUnitA_MatchesHandCalculation()
    {
        // Plan issued 20/12/2022, before the assumed due date 31/12/2022: on time → 1.
        // Tasks identified and funds allocated → 1. Results defined → 1. Plan 95% done, "trên 90%" → 2. 1.1 = 5.
        // Reports complete and on time → 1. Content incomplete → 0. 1.2 = 1.
        // Total 6 of 7 → 6 / 7 × 100 = 85.714285…% → 85.71 when rounded.
        var card = CaMau.Score(Unit("A", 2023,
            ("1.1.1", IndicatorValue.Completed(new LocalDate(2022, 12, 20))),
            ("1.1.2", IndicatorValue.Conditions([true, true])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Percent(95m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(false))));

        Assert.Equal(5m, card["1.1"].Points);
        Assert.Equal(1m, card["1.2"].Points);
        Assert.Equal(6m, card.Points);
        Assert.Equal(7m, card.MaxPoints);
        Assert.Equal(6m / 7m * 100m, card.Index);
        Assert.Equal(85.71m, card.RoundedIndex);
        Assert.Equal(6m / 7m * 100m, Assert.Single(card.Areas).Percent);
    }

    [Fact]
    public void Score_CaMauUnitB_ExactlyNinetyPercentIsNotAboveNinety()
    {
        // Plan issued 15/02/2023, after 31/12/2022: late → 0.5. Funds not allocated → 0. Results defined → 1.
        // Plan exactly 90%: "trên 90%" is strict, so "từ 70% - 90%" → 1. 1.1 = 2.5.
        // Reports all sent but late → 0. Content complete → 1. 1.2 = 1. Total 3.5 / 7 = 50%.
        var card = CaMau.Score(Unit("B", 2023,
            ("1.1.1", IndicatorValue.Completed(new LocalDate(2023, 2, 15))),
            ("1.1.2", IndicatorValue.Conditions([true, false])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Percent(90m)),
            ("1.2.1", IndicatorValue.Conditions([true, false])),
            ("1.2.2", IndicatorValue.Flag(true))));

        Assert.Equal(0.5m, card["1.1.1"].Points);
        Assert.Equal(1m, card["1.1.4"].Points);
        Assert.Equal(2.5m, card["1.1"].Points);
        Assert.Equal(3.5m, card.Points);
        Assert.Equal(50m, card.Index);
    }

    [Fact]
    public void Score_CaMauUnitC_NotApplicableLeafIsRemovedFromMaximaAndRescaled()
    {
        // Plan not issued → 0. 1.1.2 does not apply: 1.1's maximum drops from 5 to 4, the total's from 7 to 6.
        // Results not defined → 0. Plan 69.99% → "dưới 70%" → 0. 1.1 = 0 of 4.
        // Reports complete and on time → 1; content complete → 1. 1.2 = 2 of 2.
        // Total 2 of 6 → 33.333…% → 33.33.
        var card = CaMau.Score(Unit("C", 2023,
            ("1.1.1", IndicatorValue.NotCompleted),
            ("1.1.2", IndicatorValue.NotApplicable),
            ("1.1.3", IndicatorValue.Flag(false)),
            ("1.1.4", IndicatorValue.Percent(69.99m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true))));

        Assert.Equal(4m, card["1.1"].MaxPoints);
        Assert.Equal(0m, card["1.1"].Points);
        Assert.False(card["1.1.2"].IsApplicable);
        Assert.Null(card["1.1.2"].Percent);
        Assert.Equal(6m, card.MaxPoints);
        Assert.Equal(2m, card.Points);
        Assert.Equal(33.33m, card.RoundedIndex);
        Assert.Equal(2m / 6m * 100m, card.Index);
        Assert.Equal(LeafStatus.NotApplicable, card["1.1.2"].Explanation!.Status);
    }

    [Fact]
    public void Score_MissingIndicators_ThrowsNamingEveryMissingCode()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Unit("D", 2023,
            ("1.1.1", IndicatorValue.NotCompleted),
            ("1.1.4", IndicatorValue.Percent(80m)))));

        var missing = error.Diagnostics.Where(d => d.Kind == DiagnosticKind.MissingIndicator).Select(d => d.ItemCode!).ToArray();
        Assert.Equal(["1.1.2", "1.1.3", "1.2.1", "1.2.2"], missing);
        Assert.All(error.Diagnostics, d => Assert.Equal("D", d.UnitCode));
        Assert.Contains("1.2.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingAsZeroOption_ScoresZeroAndSaysSo()
    {
        var scorer = new Scorer(CaMau1880.Fragment, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero });
        var card = scorer.Score(Unit("D", 2023, ("1.1.4", IndicatorValue.Percent(91m))));

        Assert.Equal(2m, card.Points);
        Assert.Equal(7m, card.MaxPoints);
        var explanation = card["1.2.2"].Explanation!;
        Assert.Equal(LeafStatus.MissingScoredZero, explanation.Status);
        Assert.Null(explanation.Input);
        Assert.Contains("nothing reported", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownAndParentCodes_AreErrors()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(CaMau1880.Fragment, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero })
            .Score(Unit("E", 2023, ("9.9.9", IndicatorValue.Flag(true)), ("1.1", IndicatorValue.Percent(50m)))));

        Assert.Equal(["1.1", "9.9.9"], error.Diagnostics.Select(d => d.ItemCode));
        Assert.All(error.Diagnostics, d => Assert.Equal(DiagnosticKind.UnknownCode, d.Kind));
        Assert.Contains("sub-criteria", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WrongKindAndBadCount_AreErrorsNamingTheCode()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Unit("F", 2023,
            ("1.1.1", IndicatorValue.Percent(100m)),
            ("1.1.2", IndicatorValue.Conditions([true])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Flag(true)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true)))));

        Assert.Collection(
            error.Diagnostics,
            d => Assert.Equal((DiagnosticKind.WrongIndicatorKind, "1.1.1"), (d.Kind, d.ItemCode)),
            d => Assert.Equal((DiagnosticKind.ValueOutOfRange, "1.1.2"), (d.Kind, d.ItemCode)),
            d => Assert.Equal((DiagnosticKind.WrongIndicatorKind, "1.1.4"), (d.Kind, d.ItemCode)));
    }

    [Fact]
    public void Score_YearBeforeTheMethodology_IsAnError()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Unit("G", 2012,
            ("1.1.1", IndicatorValue.NotCompleted),
            ("1.1.2", IndicatorValue.Conditions([true, true])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Percent(100m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true)))));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.WrongYear, diagnostic.Kind);
        Assert.Contains("2012", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_EverythingNotApplicable_IsAnError()
    {
        var codes = CaMau1880.Fragment.Leaves.Select(l => (l.Code, IndicatorValue.NotApplicable)).ToArray();
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Unit("H", 2023, codes)));
        Assert.Equal(DiagnosticKind.NothingApplicable, Assert.Single(error.Diagnostics).Kind);
    }

    [Fact]
    public void ScoreAll_ReportsProblemsOfEveryUnitTogether()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.ScoreAll(
        [
            Unit("X", 2023, ("1.1.4", IndicatorValue.Percent(50m))),
            Unit("Y", 2013, ("1.1.4", IndicatorValue.Percent(50m))),
            Unit("X", 2023, ("1.1.4", IndicatorValue.Percent(50m))),
        ]));

        Assert.Equal(["X", "Y"], error.Diagnostics.Select(d => d.UnitCode).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(error.Diagnostics, d => d.Kind == DiagnosticKind.DuplicateCode && d.UnitCode == "X");
    }

    [Theory]
    [InlineData(200)] // up to 256 units the codes are looked up in a table on the stack
    [InlineData(600)] // beyond, in a hash set (the table has 512 places)
    public void ScoreAll_ACodeRepeatedAmongManyUnits_IsNamedOnce(int count)
    {
        ReportedIndicators Complete(string code) => Unit(code, 2023,
            ("1.1.1", IndicatorValue.NotCompleted),
            ("1.1.2", IndicatorValue.Conditions([true, true])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Percent(100m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true)));
        var units = Enumerable.Range(0, count).Select(i => Complete(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.Equal(count, CaMau.ScoreAll(units).Length);
        units.Add(Complete("123"));
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.ScoreAll(units));
        Assert.Equal([(DiagnosticKind.DuplicateCode, "123")], error.Diagnostics.Select(d => (d.Kind, d.UnitCode)));
    }

    [Fact]
    public void ScoreAll_KeepsInputOrder()
    {
        var units = new[] { "Z", "A", "M" }.Select(code => Unit(code, 2023,
            ("1.1.1", IndicatorValue.NotCompleted),
            ("1.1.2", IndicatorValue.Conditions([true, true])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Percent(100m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true)))).ToArray();

        var cards = CaMau.ScoreAll(units);

        Assert.Equal(["Z", "A", "M"], cards.Select(c => c.Unit.Code));
        Assert.All(cards, c => Assert.Equal(6m, c.Points));
    }

    [Fact]
    public void ScoreAll_LargeBatch_SplitAcrossCores_EqualsOneByOne_WithProblemsInInputOrder()
    {
        var units = Enumerable.Range(1, 100).Select(i => Unit(i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), 2023,
            ("1.1.1", i % 3 == 0 ? IndicatorValue.NotCompleted : IndicatorValue.Completed(new LocalDate(2022, 12, 1).PlusDays(i))),
            ("1.1.2", i % 7 == 0 ? IndicatorValue.NotApplicable : IndicatorValue.Conditions([i % 2 == 0, true])),
            ("1.1.3", IndicatorValue.Flag(i % 5 != 0)),
            ("1.1.4", IndicatorValue.Percent(i)),
            ("1.2.1", IndicatorValue.Conditions([true, i % 4 != 0])),
            ("1.2.2", IndicatorValue.Flag(i % 2 == 1)))).ToArray();

        var all = CaMau.ScoreAll(units);

        Assert.Equal(units.Select(u => CaMau.Score(u).Index), all.Select(c => c.Index));
        Assert.Equal(units.Select(u => u.Unit.Code), all.Select(c => c.Unit.Code));

        // Problems in units 10, 40 and 90 (years outside the methodology) come back in input order.
        var broken = units.Select((u, i) => i is 9 or 39 or 89 ? new ReportedIndicators(u.Unit, 2012, u) : u).ToArray();
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.ScoreAll(broken));
        Assert.Equal(["010", "040", "090"], error.Diagnostics.Select(d => d.UnitCode!));
    }

    // A complete unit of the fragment, aligned with its leaves: plan done on 15/02/2023, the other leaves as given.
    private static ReportedIndicators Aligned(string code, int year, IndicatorValue conditions, IndicatorValue percent) => Unit(code, year,
        ("1.1.1", IndicatorValue.Completed(new LocalDate(2023, 2, 15))),
        ("1.1.2", conditions),
        ("1.1.3", IndicatorValue.Flag(true)),
        ("1.1.4", percent),
        ("1.2.1", IndicatorValue.Conditions([true, true])),
        ("1.2.2", IndicatorValue.Flag(true)));

    private static IEnumerable<Diagnostic> ProblemsAlone(ReportedIndicators unit)
    {
        try
        {
            CaMau.Score(unit);
            return [];
        }
        catch (InvalidIndicatorsException e)
        {
            return e.Diagnostics;
        }
    }

    [Fact]
    public void ScoreAll_UnitsOfDifferentYearsAlignedOrNot_MatchHandCalculation()
    {
        // Plan done 15/02/2023: in 2023 late (due 31/12/2022) → 0.5, in 2024 on time (due 31/12/2023) → 1.
        // A: 2023, 0.5 + 1 (both conditions) + 1 + 2 (95%, "trên 90%") + 1 + 1 = 6.5 of 7.
        // B: 2024, the same values: 1 + 1 + 1 + 2 + 1 + 1 = 7 of 7.
        // C: 2023, 1.1.2 not applicable (leaves the maxima, 1 point) and 50% (below 70% → 0):
        //    0.5 + 1 + 0 + 1 + 1 = 3.5 of 6.
        // D: 2024, 1.1.4 not reported (not aligned: scored alone, missing scores 0 under MissingIndicatorPolicy.ScoreAsZero): 1 + 1 + 1 + 0 + 1 + 1 = 5 of 7.
        var scorer = new Scorer(CaMau1880.Fragment, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero });
        var units = new[]
        {
            Aligned("A", 2023, IndicatorValue.Conditions([true, true]), IndicatorValue.Percent(95m)),
            Aligned("B", 2024, IndicatorValue.Conditions([true, true]), IndicatorValue.Percent(95m)),
            Aligned("C", 2023, IndicatorValue.NotApplicable, IndicatorValue.Percent(50m)),
            Unit("D", 2024,
                ("1.1.1", IndicatorValue.Completed(new LocalDate(2023, 2, 15))),
                ("1.1.2", IndicatorValue.Conditions([true, true])),
                ("1.1.3", IndicatorValue.Flag(true)),
                ("1.2.1", IndicatorValue.Conditions([true, true])),
                ("1.2.2", IndicatorValue.Flag(true))),
        };

        var cards = scorer.ScoreAll(units);

        Assert.Equal(["A", "B", "C", "D"], cards.Select(c => c.Unit.Code));
        Assert.Equal([(6.5m, 7m), (7m, 7m), (3.5m, 6m), (5m, 7m)], cards.Select(c => (c.Points, c.MaxPoints)));
        Assert.Equal([0.5m, 1m, 0.5m, 1m], cards.Select(c => c["1.1.1"].Points));
    }

    [Fact]
    public void ScoreAll_UnitsFailingInTheMiddleOfABatch_ReportProblemsAsWhenScoredOneByOne()
    {
        // Good units around units that fail on the aligned path (a value of another kind, too few conditions, nothing
        // applicable, given points) and units that never take it (a year outside, a code unknown): the problems are
        // those of each unit scored alone, in input order, and a unit that only left the aligned path still scores.
        var good = IndicatorValue.Conditions([true, true]);
        var units = new[]
        {
            Aligned("01", 2023, good, IndicatorValue.Percent(95m)),
            Aligned("02", 2023, good, IndicatorValue.Flag(true)),
            Aligned("03", 2023, good, IndicatorValue.Percent(80m)),
            Aligned("04", 2023, IndicatorValue.Conditions([true]), IndicatorValue.Percent(80m)),
            Unit("05", 2023, ("1.1.1", IndicatorValue.NotApplicable), ("1.1.2", IndicatorValue.NotApplicable), ("1.1.3", IndicatorValue.NotApplicable),
                ("1.1.4", IndicatorValue.NotApplicable), ("1.2.1", IndicatorValue.NotApplicable), ("1.2.2", IndicatorValue.NotApplicable)),
            Aligned("06", 2012, good, IndicatorValue.Percent(80m)),
            Aligned("07", 2023, good, IndicatorValue.Percent(20m)),
            Unit("08", 2023, ("1.1.4", IndicatorValue.Percent(50m)), ("9.9", IndicatorValue.Flag(true))),
            Aligned("09", 2023, good, IndicatorValue.GivenPoints(1m)), // not the aligned path's: scored by the merge
        };
        var expected = units.SelectMany(ProblemsAlone).ToList();

        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.ScoreAll(units));

        Assert.Equal(["02", "04", "05", "06", "08"], expected.Select(d => d.UnitCode!).Distinct());
        Assert.Equal(expected, error.Diagnostics);
        var fine = units.Where(u => !ProblemsAlone(u).Any()).ToArray();
        Assert.Equal(fine.Select(u => CaMau.Score(u).Points), CaMau.ScoreAll(fine).Select(c => c.Points));
    }

    [Fact]
    public void ScoreAll_WeightedMeans_KeepsEachUnitsLeaves()
    {
        // The scorecards keep their leaves (a weighted mean needs the tree). Area 1 is the mean of 1.1 and 1.2 (weights
        // 0.5 each), area 2 is 2.1. X: yes, no, yes → area 1 = 0.5 × 1 + 0.5 × 0 = 0.5, total 1.5 of 2.
        // Y: no, n/a, yes → area 1 = 0 of 1 (the mean of what applies), total 1 of 2. Z: n/a, n/a, no → 0 of 1.
        var methodology = Means();
        ReportedIndicators Of(string code, IndicatorValue a, IndicatorValue b, IndicatorValue c) =>
            new(new AssessedUnit(code, "Xã " + code), 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = a, ["1.2"] = b, ["2.1"] = c });
        var (yes, no, none) = (IndicatorValue.Flag(true), IndicatorValue.Flag(false), IndicatorValue.NotApplicable);

        var cards = new Scorer(methodology).ScoreAll([Of("X", yes, no, yes), Of("Y", no, none, yes), Of("Z", none, none, no)]);

        Assert.Equal([(1.5m, 2m), (1m, 2m), (0m, 1m)], cards.Select(c => (c.Points, c.MaxPoints)));
        Assert.Equal([(0.5m, 1m), (0m, 1m), (0m, 0m)], cards.Select(c => (c["1"].Points, c["1"].MaxPoints)));
        Assert.Equal([LeafStatus.Scored, LeafStatus.NotApplicable, LeafStatus.NotApplicable], cards.Select(c => c["1.2"].Explanation!.Status));
    }

    [Fact]
    public void Score_CustomRule_PlugsInWithoutForking()
    {
        var methodology = Initiatives(4m);

        var card = new Scorer(methodology).Score(InitiativesOf(5m));

        Assert.Equal(2.5m, card.Points);
        Assert.Equal("1.1: 5 initiatives × 0.5", card["1.1"].Explanation!.Text);
    }

    [Fact]
    public void Score_CustomRuleGivingTooManyPoints_IsReportedNotHidden()
    {
        var methodology = Initiatives(1m);

        var error = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(methodology).Score(
            InitiativesOf(5m)));

        Assert.Equal(DiagnosticKind.PointsOutOfRange, Assert.Single(error.Diagnostics).Kind);
    }

    [Fact]
    public void Score_DoesNotChangeWhatTheCallerPassed()
    {
        var values = new Dictionary<string, IndicatorValue> { ["1.1.4"] = IndicatorValue.Percent(95m) };
        var indicators = new ReportedIndicators(new AssessedUnit("A", "Sở A"), 2023, values);
        values["1.1.4"] = IndicatorValue.Percent(10m);
        values["1.1.3"] = IndicatorValue.Flag(true);

        var card = new Scorer(CaMau1880.Fragment, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero }).Score(indicators);

        Assert.Equal(2m, card.Points);
        Assert.Equal(IndicatorValue.Percent(95m), indicators["1.1.4"]);
        Assert.Single(indicators);
    }

    [Fact]
    public void Score_FormulaPoints_AreKeptToTenDecimals()
    {
        var methodology = new Methodology("P", "Tỷ lệ", SubjectKind.Custom, AssessmentYears.From(2020), 1m,
            [Area("1", Proportional("1.1", 1m))]);

        var card = new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit("1", "Xã A"), 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Ratio(2m, 3m) }));

        // 2/3 × 1 = 0.666… kept as 0.6666666667; the index is then 66.66666667%, published as 66.67.
        Assert.Equal(0.6666666667m, card.Points);
        Assert.Equal(66.67m, card.RoundedIndex);
    }

    [Fact]
    public void Score_SurveyNotConducted_RescalesTheAppraisedPointsTo100()
    {
        // The shape of Hà Tĩnh's 52/2019 department index (80 appraised + 20 survey points), scaled down to 8 + 2.
        var methodology = new Methodology("SURVEY", "Có điều tra xã hội học", SubjectKind.Custom, AssessmentYears.From(2019), 10m,
            [Area("1", YesNo("1.1", 8m)), Area("2", Leaf("2.1", 2m, new SurveyPercentageRule(), AssessmentMethod.SociologicalSurvey))]);
        var unit = new AssessedUnit("S", "Sở S");

        // With the survey: 8 + 80% × 2 = 9.6 of 10 → 96%.
        var surveyed = new Scorer(methodology).Score(new ReportedIndicators(unit, 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Flag(true), ["2.1"] = IndicatorValue.Percent(80m) }));
        Assert.Equal(96m, surveyed.Index);

        // Without it: 8 of 8 → 100%; the survey leaf is explained, not silently zero.
        var noSurvey = new Scorer(methodology, new ScoringOptions { SurveyConducted = false });
        var card = noSurvey.Score(new ReportedIndicators(unit, 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Flag(true) }));
        Assert.Equal((8m, 8m, 100m), (card.Points, card.MaxPoints, card.Index));
        Assert.Equal(LeafStatus.NoSurvey, card["2.1"].Explanation!.Status);
        Assert.Equal("2.1: no survey conducted: 0 points, removed from the maxima", card["2.1"].Explanation!.Text);
        Assert.False(card["2"].IsApplicable);

        // A survey value reported anyway is an error, not dropped.
        var error = Assert.Throws<InvalidIndicatorsException>(() => noSurvey.Score(new ReportedIndicators(unit, 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Flag(true), ["2.1"] = IndicatorValue.Percent(80m) })));
        var surveyValue = Assert.Single(error.Diagnostics);
        Assert.Equal(("2.1", DiagnosticKind.UnknownCode, "a value is reported for a survey leaf, but the options say no survey was conducted"), (surveyValue.ItemCode, surveyValue.Kind, surveyValue.Message));
    }

    [Fact]
    public void Score_SurveyNotConducted_NotApplicableForTheSurveyLeafOrOnlySurveyLeaves_AreStillValuesReported()
    {
        var noSurvey = new ScoringOptions { SurveyConducted = false };
        var unit = new AssessedUnit("S", "Sở S");
        var mixed = new Methodology("SURVEY", "Có điều tra xã hội học", SubjectKind.Custom, AssessmentYears.From(2019), 3m,
            [ParIndex.TestSupport.MethodologyBuilder.Area("1", ParIndex.TestSupport.MethodologyBuilder.YesNo("1.1"), ParIndex.TestSupport.MethodologyBuilder.Leaf("1.2", 2m, new SurveyPercentageRule(), AssessmentMethod.SociologicalSurvey))]);
        var surveyOnly = new Methodology("SURVEY-ONLY", "Chỉ điều tra", SubjectKind.Custom, AssessmentYears.From(2019), 2m,
            [ParIndex.TestSupport.MethodologyBuilder.Area("1", ParIndex.TestSupport.MethodologyBuilder.Leaf("1.1", 2m, new SurveyPercentageRule(), AssessmentMethod.SociologicalSurvey))]);

        var notApplicable = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(mixed, noSurvey).Score(new ReportedIndicators(unit, 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Flag(true), ["1.2"] = IndicatorValue.NotApplicable })));
        var only = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(surveyOnly, noSurvey).Score(new ReportedIndicators(unit, 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Percent(80m) })));

        Assert.Equal([(DiagnosticKind.UnknownCode, "1.2")], notApplicable.Diagnostics.Select(d => (d.Kind, d.ItemCode)));
        Assert.Equal([(DiagnosticKind.UnknownCode, "1.1"), (DiagnosticKind.NothingApplicable, null)], only.Diagnostics.Select(d => (d.Kind, d.ItemCode)));
    }

    [Fact]
    public void Score_ACodeOfNoLeafInsteadOfTheOnlyLeaf_IsUnknownAndTheLeafMissing()
    {
        var methodology = new Methodology("ONE", "Một tiêu chí", SubjectKind.Custom, AssessmentYears.From(2020), 1m,
            [ParIndex.TestSupport.MethodologyBuilder.Area("1", ParIndex.TestSupport.MethodologyBuilder.YesNo("1.1"))]);

        var error = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(methodology).Score(Unit("U", 2023, ("1.2", IndicatorValue.Flag(true)))));

        Assert.Equal([(DiagnosticKind.MissingIndicator, "1.1"), (DiagnosticKind.UnknownCode, "1.2")], error.Diagnostics.Select(d => (d.Kind, d.ItemCode)));
    }

    [Fact]
    public void Score_GivenPointsBesideANotApplicableLeafAndALeafScoringZero_AddsUpOverWhatApplies()
    {
        // Given points send the unit through the scorer's merge. 1.1.1 given 1, 1.1.2 n/a (its 1 point leaves the
        // maximum), 1.1.3 no → 0 (a rule's 0 is in range), 1.1.4 100 % → 2, 1.2.1 both met → 1, 1.2.2 yes → 1:
        // 5 points of 7 − 1 = 6; criterion 1.1's maximum drops from 5 to 4.
        var card = CaMau.Score(Unit("G", 2023,
            ("1.1.1", IndicatorValue.GivenPoints(1m)),
            ("1.1.2", IndicatorValue.NotApplicable),
            ("1.1.3", IndicatorValue.Flag(false)),
            ("1.1.4", IndicatorValue.Percent(100m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true))));

        Assert.Equal((5m, 6m), (card.Points, card.MaxPoints));
        Assert.Equal((LeafStatus.Scored, 0m), (card["1.1.3"].Explanation!.Status, card["1.1.3"].Points));
        Assert.Equal((LeafStatus.NotApplicable, 4m), (card["1.1.2"].Explanation!.Status, card["1.1"].MaxPoints));
    }

    [Fact]
    public void Diagnostics_SayWhatIsWrongInTheirOwnWords()
    {
        // Each problem's message as a user reads it, one per kind the scorer reports.
        var unknown = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(CaMau1880.Fragment, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero })
            .Score(Unit("E", 2023, ("9.9.9", IndicatorValue.Flag(true)), ("1", IndicatorValue.Percent(50m)), ("1.1", IndicatorValue.Percent(50m)))));
        Assert.Equal( // "1" is the first node (the area), "1.1" a criterion: both have sub-criteria
            ["an indicator is reported for a criterion that has sub-criteria; report its leaves instead", "an indicator is reported for a criterion that has sub-criteria; report its leaves instead", "no criterion of CA-MAU-1880-2013-FRAGMENT has this code"],
            unknown.Diagnostics.Select(d => d.Message));

        var missing = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Unit("D", 2023, ("1.1.4", IndicatorValue.Percent(80m)))));
        Assert.All(missing.Diagnostics, d => Assert.Equal("no indicator is reported for this leaf", d.Message));

        var codes = CaMau1880.Fragment.Leaves.Select(l => (l.Code, IndicatorValue.NotApplicable)).ToArray();
        var nothing = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Unit("H", 2023, codes)));
        Assert.Equal("every leaf was declared not applicable", Assert.Single(nothing.Diagnostics).Message);

        var twice = Assert.Throws<InvalidIndicatorsException>(() => CaMau.ScoreAll([Unit("X", 2023, codes.Take(5).Append(("1.2.2", IndicatorValue.Flag(true))).ToArray()), Unit("X", 2023, codes.Take(5).Append(("1.2.2", IndicatorValue.Flag(true))).ToArray())]));
        var duplicate = Assert.Single(twice.Diagnostics);
        Assert.Equal((DiagnosticKind.DuplicateCode, "the unit appears more than once", "X", (string?)null), (duplicate.Kind, duplicate.Message, duplicate.UnitCode, duplicate.ItemCode));
        Assert.StartsWith("The reported indicators cannot be scored (1 problem)", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_AreRefusedNamingTheParameter()
    {
        Assert.Equal("indicators", Assert.Throws<ArgumentNullException>(() => CaMau.Score(null!)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentNullException>(() => CaMau.ScoreAll(null!)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => CaMau.ScoreAll([Unit("A", 2023, ("1.1.4", IndicatorValue.Percent(80m))), null!])).ParamName); // a null element, not a null sequence
    }

    [Fact]
    public void ScoreAll_EveryRepeatedUnit_IsNamed()
    {
        var codes = CaMau1880.Fragment.Leaves.Select(l => (l.Code, IndicatorValue.NotApplicable)).Take(5).Append(("1.2.2", IndicatorValue.Flag(true))).ToArray();
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.ScoreAll([Unit("X", 2023, codes), Unit("X", 2023, codes), Unit("Y", 2023, codes), Unit("Y", 2023, codes)]));
        Assert.Equal(["X", "Y"], error.Diagnostics.Select(d => d.UnitCode));
        Assert.All(error.Diagnostics, d => Assert.Equal("the unit appears more than once", d.Message));
    }

    [Fact]
    public void Score_FormulaLeaves_ApplyNoStep()
    {
        // A ratio, a survey's percentage and a deduction are formulas, scored in the aligned pass by kind: no band or
        // level, so each explanation's step is -1. By hand: 1/2 × 1 = 0.5; 80% × 1 = 0.8; 1 − 2 × 0.25 = 0.5.
        var methodology = new Methodology("FORMULAS", "Công thức", SubjectKind.Custom, AssessmentYears.From(2020), 3m,
        [
            new Area
            {
                Code = "1", Name = "Lĩnh vực", MaxPoints = 3m, Criteria =
                [
                    new Criterion { Code = "1.1", Name = "Tỷ lệ hồ sơ đúng hạn", MaxPoints = 1m, Rule = new ProportionalRule() },
                    new Criterion { Code = "1.2", Name = "Mức độ hài lòng", MaxPoints = 1m, Rule = new SurveyPercentageRule() },
                    new Criterion { Code = "1.3", Name = "Số vi phạm", MaxPoints = 1m, Rule = new DeductionRule(0.25m) },
                ],
            },
        ]);

        var card = new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit("1", "Xã A"), 2024,
            new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Ratio(1m, 2m), ["1.2"] = IndicatorValue.Percent(80m), ["1.3"] = IndicatorValue.Count(2m) }));

        Assert.Equal([("1.1", 0.5m, -1), ("1.2", 0.8m, -1), ("1.3", 0.5m, -1)], card.Explanations.Select(e => (e.Leaf.Code, e.Points, e.Step)));
    }

    [Fact]
    public void Score_CountWithDecimals_IsRefusedByEveryWholeCountRule()
    {
        // Made here, not shared, so that each test compiles its rules: a band rule over counts and a deduction.
        var methodology = new Methodology("COUNTS", "Đếm", SubjectKind.Custom, AssessmentYears.From(2020), 2m,
        [
            new Area
            {
                Code = "1", Name = "Lĩnh vực", MaxPoints = 2m, Criteria =
                [
                    new Criterion { Code = "1.1", Name = "Số cuộc họp", MaxPoints = 1m, Rule = BandRule.ForCount(Band.AtLeast(1m, 1m), Band.Exactly(0m, 0m)) },
                    new Criterion { Code = "1.2", Name = "Số vi phạm", MaxPoints = 1m, Rule = new DeductionRule(0.5m) },
                ],
            },
        ]);

        var error = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit("1", "Xã A"), 2024,
            new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Count(1.5m), ["1.2"] = IndicatorValue.Count(2.5m) })));

        Assert.Equal(
            [("1.1", DiagnosticKind.ValueOutOfRange, "count 1.5 is not a whole number"), ("1.2", DiagnosticKind.ValueOutOfRange, "occurrences 2.5 is not a whole number")],
            error.Diagnostics.Select(d => (d.ItemCode, d.Kind, d.Message)));
    }

    [Fact]
    public void Score_UserRuleRefusingAValue_IsReportedInItsWords()
    {
        var methodology = Initiatives(4m);

        var error = Assert.Throws<InvalidIndicatorsException>(() => new Scorer(methodology).Score(
            InitiativesOf(2.5m)));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(("1.1", DiagnosticKind.ValueOutOfRange, "initiatives are counted whole"), (problem.ItemCode, problem.Kind, problem.Message));
    }

    [Fact]
    public void Scorecard_UnknownCode_ThrowsNamingTheMethodology()
    {
        var card = CaMau.Score(Full("A", ("1.1.4", IndicatorValue.Percent(95m))));
        var error = Assert.Throws<KeyNotFoundException>(() => card["9.9"]);
        var spaced = Assert.Throws<KeyNotFoundException>(() => card["1.1 "]);

        // The code as written, quoted: a trailing space shows (as in the indicators readers' UnknownCode message).
        Assert.Equal("no criterion of CA-MAU-1880-2013-FRAGMENT has the code '9.9'", error.Message);
        Assert.Equal("no criterion of CA-MAU-1880-2013-FRAGMENT has the code '1.1 '", spaced.Message);
    }

    // Area 1 the weighted mean of yes/no leaves 1.1 and 1.2 (weights 0.5 each, 1 point each), area 2 the yes/no leaf 2.1.
    private static Methodology Means() => new("MEANS", "Trung bình", SubjectKind.Custom, AssessmentYears.From(2020), 2m,
    [
        new Area
        {
            Code = "1", Name = "Lĩnh vực 1", MaxPoints = 1m, Aggregation = Aggregation.WeightedMean, Criteria =
            [
                new Criterion { Code = "1.1", Name = "Tiêu chí 1", MaxPoints = 1m, Weight = 0.5m, Rule = new YesNoRule(1m) },
                new Criterion { Code = "1.2", Name = "Tiêu chí 2", MaxPoints = 1m, Weight = 0.5m, Rule = new YesNoRule(1m) },
            ],
        },
        new Area { Code = "2", Name = "Lĩnh vực 2", MaxPoints = 1m, Criteria = [new Criterion { Code = "2.1", Name = "Tiêu chí 3", MaxPoints = 1m, Rule = new YesNoRule(1m) }] },
    ]);

    [Fact]
    public void Score_WeightedMeanOfOnlyNotApplicableChildren_IsNotApplicable()
    {
        // Area 1 is the mean of 1.1 and 1.2 (weights 0.5 each), both not applicable: 0 of 0, and it leaves the total.
        // Area 2: yes → 1 of 1. Total 1 of 1.
        var methodology = Means();

        var card = new Scorer(methodology).Score(new ReportedIndicators(new AssessedUnit("1", "Xã A"), 2024, new Dictionary<string, IndicatorValue>
        {
            ["1.1"] = IndicatorValue.NotApplicable, ["1.2"] = IndicatorValue.NotApplicable, ["2.1"] = IndicatorValue.Flag(true),
        }));

        Assert.Equal((0m, 0m, false), (card["1"].Points, card["1"].MaxPoints, card["1"].IsApplicable));
        Assert.Equal((1m, 1m), (card.Points, card.MaxPoints));
    }

    [Fact]
    public void Score_UserRuleAnsweringDifferentlyTheSecondTime_ExplainsThePointsItWasScoredWith()
    {
        // A user's rule is not bound to answer the same twice. The scorecard keeps the leaf results its total came from,
        // rather than asking the rule again when an explanation is wanted: 1 point of 1 at scoring, so the leaf shows 1
        // (asked again, this rule would say 0).
        var rule = new OncePerInstance();
        var methodology = new Methodology("CUSTOM", "Custom", SubjectKind.Custom, AssessmentYears.From(2020), 1m, [Area("1", Leaf("1.1", 1m, rule))]);

        var card = new Scorer(methodology).Score(InitiativesOf(3m));

        Assert.Equal((1m, 1m, 1m), (card.Points, card["1.1"].Points, card.Explanations.Single().Points));
        Assert.Equal(1, rule.Calls);
    }

    [Fact]
    public void NodeScore_LostPoints_IsTheMaximumLessThePoints()
    {
        // 1 initiative × 0.5 = 0.5 of the leaf's 2 points: 1.5 lost, at the leaf and at its area.
        var card = new Scorer(Initiatives(2m)).Score(InitiativesOf(1m));

        Assert.Equal((1.5m, 1.5m), (card["1.1"].LostPoints, card["1"].LostPoints));
    }

    /// <summary>A custom methodology of one area and one leaf, 1.1, scored by <see cref="HalfPointPerInitiative"/>.</summary>
    private static Methodology Initiatives(decimal max) =>
        new("CUSTOM", "Custom", SubjectKind.Custom, AssessmentYears.From(2020), max, [Area("1", Leaf("1.1", max, new HalfPointPerInitiative()))]);

    private static ReportedIndicators InitiativesOf(decimal count) =>
        new(new AssessedUnit("1", "Xã A"), 2024, new Dictionary<string, IndicatorValue> { ["1.1"] = IndicatorValue.Count(count) });

    /// <summary>A user's rule that gives the whole point the first time it is asked and nothing after.</summary>
    private sealed class OncePerInstance : ScoringRule
    {
        public int Calls { get; private set; }

        public override IndicatorKind InputKind => IndicatorKind.Number;

        public override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) => new(Calls++ == 0 ? context.MaxPoints : 0m);

        public override string Describe() => "the point once";

        public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context) => $"{outcome.Points} once";
    }

    /// <summary>A user's own rule: half a point per initiative, explained in its own words.</summary>
    private sealed class HalfPointPerInitiative : ScoringRule
    {
        public override IndicatorKind InputKind => IndicatorKind.Number;

        public override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) => new(value.Number * 0.5m);

        public override string Describe() => "0.5 per initiative";

        public override string? CheckInput(in IndicatorValue value) => value.Number == decimal.Truncate(value.Number) ? null : "initiatives are counted whole";

        public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context) => $"{value} initiatives × 0.5";
    }

    private static ReportedIndicators Full(string code, (string Code, IndicatorValue Value) replaced)
    {
        (string Code, IndicatorValue Value)[] values =
        [
            ("1.1.1", IndicatorValue.Completed(new LocalDate(2022, 12, 20))),
            ("1.1.2", IndicatorValue.Conditions([true, true])),
            ("1.1.3", IndicatorValue.Flag(true)),
            ("1.1.4", IndicatorValue.Percent(95m)),
            ("1.2.1", IndicatorValue.Conditions([true, true])),
            ("1.2.2", IndicatorValue.Flag(true)),
        ];
        return Unit(code, 2023, [.. values.Select(v => v.Code == replaced.Code ? replaced : v)]);
    }

    [Fact]
    public void Score_AssessorsPoints_AreTakenAsGivenAndSaidSo()
    {
        // 1.1.4 given 1.5 of 2 instead of the band's 2: total 7 − 2 + 1.5 = 6.5.
        var card = CaMau.Score(Full("G", ("1.1.4", IndicatorValue.GivenPoints(1.5m))));

        Assert.Equal((1.5m, 6.5m), (card["1.1.4"].Points, card.Points));
        var explanation = card["1.1.4"].Explanation!;
        Assert.Equal((LeafStatus.GivenPoints, -1), (explanation.Status, explanation.Step));
        Assert.Equal("1.1.4: given 1.5 of 2 by the assessor (rule not applied: (90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)", explanation.Text);
    }

    [Fact]
    public void Score_AssessorsPointsAboveTheMaximum_AreRefused()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Full("G", ("1.1.4", IndicatorValue.GivenPoints(2.5m)))));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "1.1.4", "2.5 points is more than the leaf's maximum of 2"), (problem.Kind, problem.ItemCode, problem.Message));
    }

    [Fact]
    public void Score_AssessorsPointsAtTheMaximum_AreTaken() =>
        Assert.Equal(7m, CaMau.Score(Full("G", ("1.1.4", IndicatorValue.GivenPoints(2m)))).Points);

    [Fact]
    public void Score_ValueOfAnotherKind_IsRefusedNamingBothKinds()
    {
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Full("K", ("1.1.3", IndicatorValue.Percent(50m)))));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.WrongIndicatorKind, "1.1.3", "the rule reads a Flag value, but Percent 50% was reported"), (problem.Kind, problem.ItemCode, problem.Message));
    }

    [Fact]
    public void Score_ValueTheRuleRefuses_IsOutOfRange()
    {
        // 1.1.2 has two conditions; three answers are refused by the rule's own check.
        var error = Assert.Throws<InvalidIndicatorsException>(() => CaMau.Score(Full("K", ("1.1.2", IndicatorValue.Conditions([true, true, true])))));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "1.1.2", "expected answers to 2 conditions, got 3"), (problem.Kind, problem.ItemCode, problem.Message));
    }

    [Fact]
    public void Explanations_OfLeavesNotScored_SayWhy()
    {
        var notApplicable = CaMau.Score(Full("N", ("1.1.2", IndicatorValue.NotApplicable)))["1.1.2"].Explanation!;
        var missing = new Scorer(CaMau1880.Fragment, new ScoringOptions { MissingIndicators = MissingIndicatorPolicy.ScoreAsZero })
            .Score(Unit("M", 2023, ("1.1.4", IndicatorValue.Percent(91m))))["1.2.2"].Explanation!;

        Assert.Equal(("1.1.2: not applicable: 0 points, removed from the maxima", -1), (notApplicable.Text, notApplicable.Step));
        Assert.Equal("1.2.2: nothing reported: scored 0 of 1 by option", missing.ToString());
        Assert.Equal(IndicatorValue.NotApplicable, notApplicable.Input);
    }

    [Fact]
    public void Explanations_OfScoredLeaves_GiveTheStepAndTheRule()
    {
        var explanation = CaMau.Score(Full("S", ("1.1.4", IndicatorValue.Percent(80m))))["1.1.4"].Explanation!;

        Assert.Equal((LeafStatus.Scored, 1, 1m), (explanation.Status, explanation.Step, explanation.Points));
        Assert.Same(explanation.Leaf.Rule, explanation.Rule);
        Assert.Equal("1.1.4: 80% falls in [70%, 90%] → 1 of 2 ((90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0)", explanation.Text);
    }

    [Fact]
    public void NodeScore_ToString_GivesCodeNameAndPoints()
    {
        var card = CaMau.Score(Full("S", ("1.1.4", IndicatorValue.Percent(80m))));

        Assert.Equal("1.1.4 " + card["1.1.4"].Node.Name + ": 1 / 2", card["1.1.4"].ToString());
        Assert.Equal((50m, true), (card["1.1.4"].Percent!.Value, card["1.1.4"].IsApplicable));
    }
}
