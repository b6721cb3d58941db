namespace ParIndex.Tests.Composites;

/// <summary>Imputation by row and over a panel (COINr's <c>impute_by = "row"</c> and <c>impute_panel</c>), by hand.</summary>
public class ImputeTests
{
    private static CompositeDataSet Run(CompositeModel model, string step) =>
        CompositePipeline.Parse("{ \"formatVersion\": 1, \"steps\": [ " + step + " ] }").Run(model).Scores;

    [Fact]
    public void ByRow_WithoutNormalising_TakesTheRowsMeanOrMedian()
    {
        // U1 = 1, –, 2, 9: mean (1 + 2 + 9)/3 = 4, median 2. U2 has nothing missing.
        var model = Small.Model([("A", 1, [1, 5]), ("B", 1, [double.NaN, 6]), ("C", 1, [2, 7]), ("D", 1, [9, 8])]);

        Assert.Equal(4, Run(model, """{ "step": "impute", "by": "row", "normaliseFirst": false }""")["U1", "B"]);
        Assert.Equal(2, Run(model, """{ "step": "impute", "by": "row", "method": "median", "normaliseFirst": false }""")["U1", "B"]);
    }

    [Fact]
    public void ByRow_NormalisesFirst_WithTheDirection_AndMapsBack()
    {
        // A = 0, 10, 5 → U3: (5 − 0)/10 = 0.5; C = 1, 3, 3 → U3: (3 − 1)/2 = 1; row mean 0.75.
        // B has direction −1: −B = −100, −200, so min −200 and range 100; back: (0.75·100 − 200)/(−1) = 125.
        // (Without the direction it would be 100 + 0.75·100 = 175.)
        var model = Small.Model([("A", 1, [0, 10, 5]), ("B", -1, [100, 200, double.NaN]), ("C", 1, [1, 3, 3])]);

        var imputed = Run(model, """{ "step": "impute", "by": "row" }""");

        Assert.Equal(125, imputed["U3", "B"]!.Value, 12);
        Assert.Equal(new double?[] { 0, 10, 5 }, imputed.Column("A"));
    }

    [Fact]
    public void ByRow_ConstantColumn_TakesItsConstant_AndGivesNothingToTheMean()
    {
        // K is 7 wherever present: its missing value is 7. U2's A: only B counts, (4 − 2)/(4 − 2) = 1 → A = 0 + 1·10 = 10.
        var model = Small.Model([("A", 1, [0, double.NaN, 10]), ("B", 1, [2, 4, 3]), ("K", 1, [7, 7, double.NaN])]);

        var imputed = Run(model, """{ "step": "impute", "by": "row" }""");

        Assert.Equal(7, imputed["U3", "K"]!.Value, 12);
        Assert.Equal(10, imputed["U2", "A"]!.Value, 12);
    }

    [Fact]
    public void ByRow_WithinTheAggregatesOfAGroupLevel()
    {
        // A, B under P1 and C, D under P2: U1's A takes P1's B = 4, not (4 + 100 + 200)/3.
        var units = new[]
        {
            Unit("U1", null, ("A", double.NaN), ("B", 4), ("C", 100), ("D", 200)),
            Unit("U2", null, ("A", 1), ("B", 2), ("C", 3), ("D", 4)),
        };
        var model = new CompositeModel(units, [
            Indicator("A", "P1"), Indicator("B", "P1"), Indicator("C", "P2"), Indicator("D", "P2"),
            new CompositeElement { Code = "P1", Type = ElementType.Aggregate, Level = 2, Parent = "Index", Weight = 1 },
            new CompositeElement { Code = "P2", Type = ElementType.Aggregate, Level = 2, Parent = "Index", Weight = 1 },
            new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 3, Weight = 1 }]);

        Assert.Equal(4, Run(model, """{ "step": "impute", "by": "row", "normaliseFirst": false, "groupLevel": 2 }""")["U1", "A"]);
        Assert.Equal(304.0 / 3, Run(model, """{ "step": "impute", "by": "row", "normaliseFirst": false }""")["U1", "A"]!.Value, 12);
    }

    [Fact]
    public void ByRow_OnAsem_ImputesBangladeshsConnectionSpeedFromItsPillar_AsCoinrsOwnTest()
    {
        // COINr's test "impute.coin" (tests/testthat/test-Impute.R, github.com/bluefoxr/COINr): Raw imputed by row with
        // i_mean and group_level 2 gives BGD's missing ConSpeed as the mean of BGD's other "Physical" indicators, each
        // min-maxed over the 51 units (all of direction 1), mapped back onto ConSpeed's [5.5, 28.6]. By hand: LPI
        // (2.663902 − 2.067254)/(4.225967 − 2.067254) = 0.276391, Flights 0.015679, Ship 0.458066, Bord 16/122 = 0.131148,
        // Elec 0.012086, Gas 0.001430, Cov4G 65/100 = 0.65; mean 1.544800/7 = 0.220686; 0.220686·(28.6 − 5.5) + 5.5 = 10.597839.
        var imputed = Run(AsemTests.Model, """{ "step": "impute", "by": "row", "groupLevel": 2 }""");

        Assert.Null(AsemTests.Model.Raw["BGD", "ConSpeed"]);
        Assert.Equal(10.597839, imputed["BGD", "ConSpeed"]!.Value, 6);
        Assert.Equal(AsemTests.Model.Raw["BGD", "LPI"], imputed["BGD", "LPI"]);
    }

    [Fact]
    public void Latest_CarriesTheLastObservationForward_UpToMaxTime()
    {
        // X: 1, –, –, 4 in 2018–2021. 2019 and 2020 take 2018's 1 (2019 has none to give); with maxTime 1, 2020 looks
        // only at 2019 and stays missing. 2018 has no earlier period: Y's – stays.
        var model = Panel(("X", [2018, 2019, 2020, 2021], [1, double.NaN, double.NaN, 4]), ("Y", [2018, 2019], [double.NaN, 5]));

        Assert.Equal(new double?[] { 1, 1, 1, 4, null, 5 }, Run(model, """{ "step": "impute", "method": "latest" }""").Column("A"));
        Assert.Equal(new double?[] { 1, 1, null, 4, null, 5 }, Run(model, """{ "step": "impute", "method": "latest", "maxTime": 1 }""").Column("A"));
    }

    [Fact]
    public void Linear_InterpolatesInTime_AndTakesTheNearestOutside()
    {
        // X at 2016, 2018, 2019, 2022: 10, –, –, 40: 2018 = 10 + 30·(2018 − 2016)/(2022 − 2016) = 20, 2019 = 10 + 30·3/6 = 25.
        // Y at 2018–2021: –, 2, –, 8: 2018 takes the nearest, 2; 2020 = 2 + 6·1/2 = 5; constant takes the value before: 2.
        var model = Panel(("X", [2016, 2018, 2019, 2022], [10, double.NaN, double.NaN, 40]), ("Y", [2018, 2019, 2020, 2021], [double.NaN, 2, double.NaN, 8]));

        Assert.Equal(new double?[] { 10, 20, 25, 40, 2, 2, 5, 8 }, Run(model, """{ "step": "impute", "method": "linear" }""").Column("A"));
        Assert.Equal(new double?[] { 10, 10, 10, 40, 2, 2, 2, 8 }, Run(model, """{ "step": "impute", "method": "constant" }""").Column("A"));
    }

    [Fact]
    public void LinearAndConstant_GiveCoinrsOwnExpectedValues()
    {
        // COINr's tests of impute_panel (tests/testthat/test-impute_panel.R, github.com/bluefoxr/COINr): one unit at
        // 2020–2022, i2 = 3, –, 5 → linear 3, 4, 5, constant 3, 3, 5; i3 = –, 5, 6 → 5, 5, 6; i4 = 7, 8, – → 7, 8, 8.
        var codes = new[] { "i1", "i2", "i3", "i4" };
        double[][] rows = [[1, 3, double.NaN, 7], [2, double.NaN, 5, 8], [3, 5, 6, double.NaN]];
        var model = new CompositeModel(
            rows.Select((row, k) => Unit("A", 2020 + k, [.. codes.Select((c, i) => (c, row[i]))])),
            [.. codes.Select(c => Indicator(c, "Index")), new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 }]);

        var linear = Run(model, """{ "step": "impute", "method": "linear" }""");
        var constant = Run(model, """{ "step": "impute", "method": "constant" }""");

        Assert.Equal(new double?[] { 1, 2, 3 }, linear.Column("i1"));
        Assert.Equal(new double?[] { 3, 4, 5 }, linear.Column("i2"));
        Assert.Equal(new double?[] { 5, 5, 6 }, linear.Column("i3"));
        Assert.Equal(new double?[] { 7, 8, 8 }, linear.Column("i4"));
        Assert.Equal(new double?[] { 3, 3, 5 }, constant.Column("i2"));
        Assert.Equal(new double?[] { 5, 5, 6 }, constant.Column("i3"));
        Assert.Equal(new double?[] { 7, 8, 8 }, constant.Column("i4"));
    }

    [Fact]
    public void Panel_Period_WritesOnlyThatPeriodsRows()
    {
        var model = Panel(("X", [2018, 2019], [3, double.NaN]), ("Y", [2018, 2019], [double.NaN, 6]));

        var year = Run(model, """{ "step": "impute", "method": "latest", "period": 2019 }""");

        Assert.Equal(["X", "Y"], year.UnitCodes.AsEnumerable());
        Assert.Equal(new double?[] { 3, 6 }, year.Column("A"));
    }

    [Fact]
    public void Linear_SeriesWithOneValue_IsAProblem_AsInR()
    {
        var model = Panel(("X", [2018, 2019], [3, double.NaN]), ("Y", [2018, 2019], [4, 6]));

        var error = Assert.Throws<InvalidCompositeException>(() => Run(model, """{ "step": "impute", "method": "linear" }"""));

        Assert.Equal("$.steps[0], unit X, element A: impute step: linear interpolation needs two values of a unit's series, and A of unit X has one (at 2018)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Panel_NeedsTimes_AndTwoPeriods()
    {
        var noTime = Small.Model([("A", 1, [1, double.NaN])]);
        var onePeriod = Panel(("X", [2018], [1]), ("Y", [2018], [double.NaN]));

        Assert.Equal("$.steps[0], unit U1: impute step: panel imputation needs the period (Time) of every row, and U1 has none",
            Assert.Throws<InvalidCompositeException>(() => Run(noTime, """{ "step": "impute", "method": "latest" }""")).Diagnostics.Single().ToString());
        Assert.Equal(
            ["$.steps[0]: impute step: panel imputation needs data at two periods or more, and the data has one", "$.steps[0]: impute step: no row of the data is at period 2020"],
            CompositeProblems.Of(() => Run(onePeriod, """{ "step": "impute", "method": "constant", "period": 2020 }""")));
    }

    [Fact]
    public void Parse_RefusesParametersThatDoNotApply()
    {
        var problems = CompositeProblems.Of(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [
              { "step": "impute", "method": "groupMean", "group": "Region", "by": "row" },
              { "step": "impute", "method": "linear", "maxTime": 2, "groupLevel": 2.5, "output": "B" },
              { "step": "impute", "period": 2020, "normaliseFirst": false, "output": "C" } ] }
            """));

        Assert.Equal(
        [
            "$.steps[0].by (line 2, column 71): by row takes the mean or the median of a unit's indicators, not groupMean",
            "$.steps[1].groupLevel (line 3, column 71): groupLevel must be a whole number",
            "$.steps[1].groupLevel (line 3, column 71): groupLevel applies only to by row or by table",
            "$.steps[1].maxTime (line 3, column 54): maxTime applies only to the method latest",
            "$.steps[2].normaliseFirst (line 4, column 57): normaliseFirst applies only to by row",
            "$.steps[2].period (line 4, column 33): period applies only to the panel methods (latest, linear, constant)",
        ], problems);
    }

    [Fact]
    public void Em_OnAMonotonePattern_GivesTheCompleteCasesRegression()
    {
        // x is complete, y misses its last two: the likelihood factors into x's and y-given-x's (Little & Rubin 2002,
        // §7.2), so EM converges to y's regression on x over the complete rows, and a missing y is its value there.
        // Complete rows (1, 2), (2, 4), (3, 5): means 2 and 11/3, Sxy = (−1)(2 − 11/3) + 0 + (1)(5 − 11/3) = 3, Sxx = 2,
        // slope 3/2, intercept 11/3 − 3 = 2/3: y(4) = 2/3 + 6 = 20/3, y(5) = 2/3 + 15/2 = 49/6.
        var model = Small.Model([("X", 1, [1, 2, 3, 4, 5]), ("Y", 1, [2, 4, 5, double.NaN, double.NaN])]);

        var imputed = Run(model, """{ "step": "impute", "method": "em" }""");

        Assert.Equal(20.0 / 3, imputed["U4", "Y"]!.Value, 9);
        Assert.Equal(49.0 / 6, imputed["U5", "Y"]!.Value, 9);
        Assert.Equal(new double?[] { 1, 2, 3, 4, 5 }, imputed.Column("X"));
    }

    [Fact]
    public void Em_WithinTheAggregatesOfAGroupLevel_AndACollinearTableIsAProblem()
    {
        // P1 holds X and Y as above; P2 holds C = 10·X and D. Within P1 alone Y(4) is 20/3 as above. Over the whole
        // table X and C move together exactly: their covariance cannot be inverted, and EM says so.
        var units = new[] { 1.0, 2, 3, 4, 5 }.Select((x, i) =>
            Unit("U" + (i + 1), null, ("X", x), ("Y", i < 3 ? new[] { 2.0, 4, 5 }[i] : double.NaN), ("C", 10 * x), ("D", new[] { 1.0, 1, 2, 3, 5 }[i])));
        var model = new CompositeModel(units, [
            Indicator("X", "P1"), Indicator("Y", "P1"), Indicator("C", "P2"), Indicator("D", "P2"),
            new CompositeElement { Code = "P1", Type = ElementType.Aggregate, Level = 2, Parent = "Index", Weight = 1 },
            new CompositeElement { Code = "P2", Type = ElementType.Aggregate, Level = 2, Parent = "Index", Weight = 1 },
            new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 3, Weight = 1 }]);

        Assert.Equal(20.0 / 3, Run(model, """{ "step": "impute", "method": "em", "groupLevel": 2 }""")["U4", "Y"]!.Value, 9);
        var error = Assert.Throws<InvalidCompositeException>(() => Run(model, """{ "step": "impute", "method": "em", "by": "table" }"""));
        Assert.Equal("$.steps[0]: impute step: the EM algorithm needs the covariance of the values present to be invertible, and it is not "
            + "(a constant indicator, indicators that move together exactly, or fewer units than indicators)", error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void Em_AndByTable_GoTogether()
    {
        var problems = CompositeProblems.Of(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [
              { "step": "impute", "method": "median", "by": "table" },
              { "step": "impute", "method": "em", "by": "row", "output": "B" } ] }
            """));

        Assert.Equal(
        [
            "$.steps[0].by (line 2, column 49): by table takes the method em (the EM algorithm over the whole table), not median",
            "$.steps[1].by (line 3, column 45): by row takes the mean or the median of a unit's indicators, not em",
            "$.steps[1].by (line 3, column 45): the method em imputes a whole table: by table, not by row",
        ], problems);
    }

    [Fact]
    public void ByColumn_OnAPanel_TakesEachPeriodsMean()
    {
        // COINr imputes each coin of a purse on its own: X's missing 2019 value is the 2019 mean (6 + 8)/2 = 7, not the
        // mean of every row, (1 + 3 + 2 + 6 + 8)/5 = 4.
        var model = new CompositeModel(
            [Unit("X", 2018, ("A", 1)), Unit("Y", 2018, ("A", 3)), Unit("Z", 2018, ("A", 2)), Unit("X", 2019, ("A", double.NaN)), Unit("Y", 2019, ("A", 6)), Unit("Z", 2019, ("A", 8))],
            [Indicator("A", "Index"), new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 }]);

        Assert.Equal(7, Run(model, """{ "step": "impute" }""")["X", "A", 2019]);
    }

    /// <summary>EM fills the table's conditional expectations under its maximum-likelihood normal, which moves with the
    /// data: shifting and scaling a column shifts and scales what is filled in it.</summary>
    [Property(MaxTest = 40)]
    public void Em_KeepsPresentValues_AndFollowsAnAffineChangeOfAColumn(int[] seed)
    {
        double Cell(int i) => seed.Length == 0 ? i % 7 : Math.Abs(seed[i % seed.Length] % 50) + (i % 5);
        const int n = 9;
        double[] a = [.. Enumerable.Range(0, n).Select(i => Cell(i * 3))];
        double[] b = [.. Enumerable.Range(0, n).Select(i => i % 3 == 1 ? double.NaN : Cell((i * 3) + 1))];
        double[] c = [.. Enumerable.Range(0, n).Select(i => i % 4 == 2 ? double.NaN : Cell((i * 3) + 2))];
        CompositeDataSet? Em(double[] bb)
        {
            try
            {
                return Run(Small.Model([("A", 1, a), ("B", 1, bb), ("C", 1, c)]), """{ "step": "impute", "method": "em" }""");
            }
            catch (InvalidCompositeException)
            {
                return null; // a covariance the drawn cells make singular: nothing to compare
            }
        }
        var plain = Em(b);
        var moved = Em([.. b.Select(v => (10 * v) + 3)]);
        Assert.Equal(plain is null, moved is null);
        if (plain is null || moved is null)
        {
            return;
        }
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(a[i], plain["U" + (i + 1), "A"]);
            if (!double.IsNaN(b[i]))
            {
                Assert.Equal(b[i], plain["U" + (i + 1), "B"]);
            }
            var expected = (10 * plain["U" + (i + 1), "B"]!.Value) + 3;
            Assert.Equal(expected, moved["U" + (i + 1), "B"]!.Value, 1e-6 * Math.Max(1, Math.Abs(expected)));
        }
    }

    /// <summary>Whatever the method, a value that was present is the same after imputation.</summary>
    [Property(MaxTest = 100)]
    public void Impute_NeverChangesAPresentValue(int[] seed)
    {
        // Cells drawn from the seed, a third of them missing; two panel units over n periods.
        double Cell(int i) => seed.Length == 0 || seed[i % seed.Length] % 3 == 0 ? double.NaN : seed[i % seed.Length] % 1000;
        var n = 4 + (seed.Length % 5);
        double[] Column(int k) => [.. Enumerable.Range(0, n).Select(i => Cell((i * 3) + k))];
        var flat = Small.Model([("A", 1, Column(0)), ("B", -1, Column(1)), ("C", 1, Column(2))]);
        var panel = Panel(("X", [.. Enumerable.Range(2000, n)], Column(0)), ("Y", [.. Enumerable.Range(2000, n)], Column(1)));
        foreach (var (model, step) in new[]
        {
            (flat, """{ "step": "impute", "by": "row" }"""),
            (flat, """{ "step": "impute", "method": "median" }"""),
            (panel, """{ "step": "impute", "method": "latest" }"""),
            (panel, """{ "step": "impute", "method": "constant" }"""),
        })
        {
            var imputed = Run(model, step);
            foreach (var column in imputed.Columns)
            {
                var before = model.Units.Select(u => u.Values[column]).ToArray();
                var after = imputed.Column(column);
                Assert.All(Enumerable.Range(0, before.Length).Where(i => before[i] is not null), i => Assert.Equal(before[i], after[i]));
            }
        }
    }

    private static CompositeModel Panel(params (string Code, int[] Times, double[] Values)[] units) =>
        new(units.SelectMany(u => u.Times.Select((t, i) => new CompositeUnit(u.Code, null, [new("A", double.IsNaN(u.Values[i]) ? null : u.Values[i])], time: t))),
            [Indicator("A", "Index"), new CompositeElement { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 }]);

    private static CompositeUnit Unit(string code, int? time, params (string Code, double Value)[] values) =>
        new(code, null, values.Select(v => new KeyValuePair<string, double?>(v.Code, double.IsNaN(v.Value) ? null : v.Value)), time: time);

    private static CompositeElement Indicator(string code, string parent) =>
        new() { Code = code, Type = ElementType.Indicator, Level = 1, Parent = parent, Direction = 1, Weight = 1 };
}
