namespace ParIndex.Tests.Composites;

/// <summary>Panel data (rows of a unit at several periods, COINr's purse): results and ranks per period, and the steps
/// that compare units working within a period, by hand.</summary>
public class PanelTests
{
    // Equal weights. 2018: X (1, 3), Y (2, 4), Z (0, 0); 2019: X (5, 5), Y (1, 1), Z (3, 3).
    private static readonly CompositeModel Model = Panel(
        ("X", 2018, 1, 3), ("Y", 2018, 2, 4), ("Z", 2018, 0, 0),
        ("X", 2019, 5, 5), ("Y", 2019, 1, 1), ("Z", 2019, 3, 3));

    private static CompositeResult Run(CompositeModel model, string steps) =>
        CompositePipeline.Parse("{ \"formatVersion\": 1, \"steps\": [ " + steps + " ] }").Run(model);

    [Fact]
    public void Ranking_RanksEachPeriodOnItsOwn()
    {
        // Index = (A + B)/2. 2018: X 2, Y 3, Z 0 → Y, X, Z. 2019: X 5, Y 1, Z 3 → X, Z, Y. As one cross-section X of 2019
        // would be first and Y of 2018 third.
        var result = Run(Model, """{ "step": "aggregate" }""");

        Assert.Equal([2018, 2019], result.Periods.AsEnumerable());
        Assert.Equal(["2018 1 Y", "2018 2 X", "2018 3 Z", "2019 1 X", "2019 2 Z", "2019 3 Y"], result.Ranking.Select(r => $"{r.Time} {r.Rank} {r.UnitCode}"));
        Assert.Equal("1. X X 5.00 (2019)", result.Ranking[3].ToString());
    }

    [Fact]
    public void ForPeriod_GivesThatPeriodsRowsAndRanks()
    {
        var result = Run(Model, """{ "step": "aggregate" }""");

        var year = result.ForPeriod(2019);

        Assert.Equal([2019], year.Periods.AsEnumerable());
        Assert.Equal(["X", "Y", "Z"], year.Scores.UnitCodes.AsEnumerable());
        Assert.Equal(2, year.RankOf("Z").Rank);
        Assert.Equal(5, year.Scores["X", "Index"]);
        Assert.Equal(["X", "Y", "Z"], year["Raw"].UnitCodes.AsEnumerable());
        Assert.Equal("no period 2020 in the data (periods: 2018, 2019)", Assert.Throws<KeyNotFoundException>(() => result.ForPeriod(2020)).Message);
    }

    [Fact]
    public void AUnitAtSeveralPeriods_NeedsThePeriod()
    {
        var result = Run(Model, """{ "step": "aggregate" }""");

        Assert.Equal(5, result.Scores["X", "Index", 2019]);
        Assert.Equal("data set Aggregated holds unit X at several periods (2018, 2019); give the period",
            Assert.Throws<InvalidOperationException>(() => result.Scores["X", "Index"]).Message);
        Assert.Throws<InvalidOperationException>(() => result.RankOf("X"));
        Assert.Throws<InvalidOperationException>(() => result.StrengthsAndWeaknesses("X"));
        Assert.Throws<KeyNotFoundException>(() => result.Scores["X", "Index", 2017]);
    }

    [Fact]
    public void Normalise_IsOverEveryPeriod_AsCoinrsGlobalDefault()
    {
        // COINr's Normalise on a purse has global = TRUE: min-max over all rows. A: min 0, max 5, so Y of 2019:
        // (1 − 0)/(5 − 0)·100 = 20 (within 2019 alone it would be (1 − 1)/(5 − 1) = 0).
        var result = Run(Model, """{ "step": "normalise" }""");

        Assert.Equal(20, result.Scores["Y", "A", 2019]!.Value, 12);
    }

    [Fact]
    public void Normalise_NotGlobal_IsPeriodByPeriod()
    {
        // COINr's global = FALSE: each coin on its own. A in 2019: 5, 1, 3, so Y (1 − 1)/(5 − 1)·100 = 0; in 2018: 1, 2, 0,
        // so X (1 − 0)/(2 − 0)·100 = 50.
        var result = Run(Model, """{ "step": "normalise", "global": false }""");

        Assert.Equal(0, result.Scores["Y", "A", 2019]!.Value, 12);
        Assert.Equal(50, result.Scores["X", "A", 2018]!.Value, 12);
    }

    [Fact]
    public void Normalise_NotGlobal_NamesThePeriodOfAProblem()
    {
        // B is 0 for Z in 2018 and the reference unit Z is the worst there: distance to it would divide by zero.
        var problems = CompositeProblems.Of(() => Run(Model, """{ "step": "normalise", "global": false, "method": "distanceToReference", "reference": "Z" }"""));

        Assert.Equal(
        [
            "$.steps[0], element A: normalise step: at 2018: the reference unit's value 0 is the indicator's worst, so (x − min)/(reference − min) would divide by zero",
            "$.steps[0], element B: normalise step: at 2018: the reference unit's value 0 is the indicator's worst, so (x − min)/(reference − min) would divide by zero",
        ], problems);
    }

    [Fact]
    public void Denominate_TakesEachPeriodsDenominator()
    {
        // X's population 10 in 2018 and 20 in 2019: A 1/10 = 0.1 and 5/20 = 0.25.
        var model = new CompositeModel(
            [Row("X", 2018, ("A", 1), ("Pop", 10)), Row("Y", 2018, ("A", 2), ("Pop", 1)), Row("X", 2019, ("A", 5), ("Pop", 20)), Row("Y", 2019, ("A", 1), ("Pop", 1))],
            [
                new CompositeElement { Code = "A", Type = ElementType.Indicator, Level = 1, Parent = "Index", Weight = 1, Denominator = "Pop" },
                new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 },
                new CompositeElement { Code = "Pop", Type = ElementType.Denominator },
            ]);

        var denominated = Run(model, """{ "step": "denominate" }""").Scores;

        Assert.Equal(0.1, denominated["X", "A", 2018]!.Value, 12);
        Assert.Equal(0.25, denominated["X", "A", 2019]!.Value, 12);
    }

    [Fact]
    public void Screen_RemovesARowOfOnePeriod_AndSaysWhich()
    {
        var model = Panel(("X", 2018, 1, 3), ("Y", 2018, 2, 4), ("X", 2019, 5, 5), ("Y", 2019, double.NaN, double.NaN));

        var result = Run(model, """{ "step": "screen", "threshold": 0.5 }, { "step": "aggregate" }""");

        Assert.Equal("Y Y: not ranked, at 2019: screened out in Screened: data availability 0 is below 0.5", result.Unranked.Single().ToString());
        Assert.Empty(result.ForPeriod(2018).Unranked);
        Assert.Equal(["X"], result.ForPeriod(2019).Ranking.Select(r => r.UnitCode));
        Assert.Single(result.ForPeriod(2019).Unranked);
    }

    [Fact]
    public void Copeland_OutranksWithinAPeriod()
    {
        // 2018: Y is above X on A and B, X above Z on both, so Y +2, X 0, Z −2; 2019: X +2, Z 0, Y −2. (Over all six
        // rows X of 2019 would outrank five: +5.)
        var result = Run(Model, """{ "step": "aggregate", "method": "copeland" }""");

        Assert.Equal([0, 2, -2, 2, -2, 0], result.Scores.Column("Index").Select(v => v!.Value));
    }

    [Fact]
    public void OneTimeForEveryRow_IsACrossSection()
    {
        // COINr's is_panel: Time takes more than one value. ASEM's rows all have 2018.
        var result = AsemTests.Example;

        Assert.Empty(result.Periods);
        Assert.Null(result.RankOf("CHE").Time);
        Assert.Equal(2018, result.Scores.Times[0]);
    }

    [Fact]
    public void RankIntervals_RefuseAPanel()
    {
        var pipeline = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "aggregate" } ] }""");

        var error = Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Model, pipeline, new CompositeUncertaintyOptions { Runs = 10, NoiseLevels = [1] }));

        Assert.StartsWith("Rank intervals are for one period, and the data has 2018, 2019", error.Message, StringComparison.Ordinal);
    }

    /// <summary>COINr's own test "impute.purse" (tests/testthat/test-Impute.R): a purse imputed equals its first coin
    /// imputed alone. Here as a law for every step that works period by period: each period of a panel run gives what
    /// that period's rows give alone.</summary>
    [Property(MaxTest = 100)]
    public void EveryStepButNormalise_GivesEachPeriodWhatItsRowsGiveAlone(int[] seed)
    {
        double Cell(int i) => seed.Length == 0 ? i : seed[i % seed.Length] % 7 == 0 ? double.NaN : (seed[(i * 7) % seed.Length] % 100) + (i % 3);
        var rows = Enumerable.Range(0, 12).Select(i => (Code: "U" + (i % 6), Time: 2018 + (i / 6), A: Cell(3 * i), B: Cell((3 * i) + 1))).ToArray();
        const string Steps = """{ "step": "impute" }, { "step": "screen" }, { "step": "treat" }, { "step": "aggregate" }""";

        var panel = Run(Panel(rows), Steps);

        foreach (var time in new[] { 2018, 2019 })
        {
            var alone = Run(Panel([.. rows.Where(r => r.Time == time)]), Steps);
            var period = panel.ForPeriod(time);
            Assert.Equal(alone.Ranking.Select(r => (r.UnitCode, r.Rank, r.Value)), period.Ranking.Select(r => (r.UnitCode, r.Rank, r.Value)));
            Assert.Equal(alone.Scores.UnitCodes.AsEnumerable(), period.Scores.UnitCodes.AsEnumerable());
            foreach (var column in alone.Scores.Columns)
            {
                Assert.Equal(alone.Scores.Column(column).AsEnumerable(), period.Scores.Column(column).AsEnumerable());
            }
        }
    }

    private static CompositeModel Panel(params (string Code, int Time, double A, double B)[] rows) =>
        new(rows.Select(r => Row(r.Code, r.Time, ("A", r.A), ("B", r.B))),
        [
            new CompositeElement { Code = "A", Type = ElementType.Indicator, Level = 1, Parent = "Index", Weight = 1 },
            new CompositeElement { Code = "B", Type = ElementType.Indicator, Level = 1, Parent = "Index", Weight = 1 },
            new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 },
        ]);

    private static CompositeUnit Row(string code, int time, params (string Code, double Value)[] values) =>
        new(code, null, values.Select(v => new KeyValuePair<string, double?>(v.Code, double.IsNaN(v.Value) ? null : v.Value)), time: time);
}
