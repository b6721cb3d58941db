namespace ParIndex.Tests.Composites;

public class TreatTests
{
    [Fact]
    public void PassingColumn_IsLeftAlone()
    {
        // 1, 2, 3, 4, 10: skewness 1.70 < 2 → passes.
        double[] x = [1, 2, 3, 4, 10];
        Assert.Equal(0, TreatStep.Treat(x, TreatSpec.Default));
        Assert.Equal([1, 2, 3, 4, 10], x);
    }

    [Fact]
    public void HighOutlier_IsWinsorisedToTheNextHighest()
    {
        // 1…8, 50, 100: skewness 2.30 ≥ 2 and kurtosis 5.02 ≥ 3.5 → fails; the maximum 100 becomes the next highest, 50;
        // then 1…8, 50, 50 has skewness 1.72 < 2 → passes.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 50, 100];
        Assert.Equal(1, TreatStep.Treat(x, TreatSpec.Default));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 50, 50], x);
    }

    [Fact]
    public void LowOutlier_IsWinsorisedToTheNextLowest()
    {
        // −100, 1…9: skewness −3.12 (negative) → the minimum becomes the next lowest, 1; then −0.15 → passes.
        double[] x = [-100, 1, 2, 3, 4, 5, 6, 7, 8, 9];
        Assert.Equal(1, TreatStep.Treat(x, TreatSpec.Default));
        Assert.Equal([1, 1, 2, 3, 4, 5, 6, 7, 8, 9], x);
    }

    [Fact]
    public void NoWinsorisationAllowed_FallsBackOnLogOfTheOriginal()
    {
        // winmax 0: nothing is Winsorised, the column still fails, so log_CT: ln(x − min + 0.01·(max − min)) with min 1,
        // max 100: ln(x − 1 + 0.99); for x = 1: ln 0.99 = −0.01005…; for x = 100: ln 99.99.
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
        Assert.Equal(2, TreatStep.Treat(x, TreatSpec.Default with { Winmax = 0 }));
        Assert.Equal(Math.Log(0.99), x[0], 12);
        Assert.Equal(Math.Log(99.99), x[9], 12);
    }

    [Fact]
    public void BoxCox_ShiftsToAMinimumOfOne_ThenTransforms()
    {
        // winmax 0 and the column fails, so Box-Cox (COINr's boxcox, makepos): x′ = x − min + 1 = x + 6, then (x′^λ − 1)/λ.
        // λ = 0.5: −5 → x′ = 1 → 0; −2 → 4 → (2 − 1)/0.5 = 2; 94 → 100 → (10 − 1)/0.5 = 18.
        double[] x = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 94];
        Assert.Equal(2, TreatStep.Treat(x, TreatSpec.Default with { Winmax = 0, Then = FallbackTransform.BoxCox, Lambda = 0.5 }));
        Assert.Equal(0, x[0], 12);
        Assert.Equal(2, x[3], 12);
        Assert.Equal(18, x[9], 12);

        // λ = 0 is the logarithm: ln x′, ln 100 for 94.
        double[] y = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 94];
        Assert.Equal(2, TreatStep.Treat(y, TreatSpec.Default with { Winmax = 0, Then = FallbackTransform.BoxCox, Lambda = 0 }));
        Assert.Equal(Math.Log(100), y[9], 12);
        Assert.Equal(0, y[0], 12);
    }

    [Fact]
    public void BoxCox_WithoutMakePositive_OnANegativeValue_IsAProblem()
    {
        // √−1 is undefined: R would give NaN; the step says so and names the column.
        var model = Small.Model([("A", 1, [-1, 1, 2, 3, 4, 5, 6, 7, 8, 100])]);
        var pipeline = CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "treat", "winmax": 0, "then": "boxCox", "lambda": 0.5, "makePositive": false } ] }
            """);

        var error = Assert.Throws<InvalidCompositeException>(() => pipeline.Run(model));

        Assert.Equal("$.steps[0], element A: treat step: the Box-Cox transform (lambda 0.5) without makePositive is undefined for some value of the column (the smallest is -1)",
            error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void BoxCox_NeedsLambda_AndLambdaNeedsBoxCox()
    {
        var problems = CompositeProblems.Of(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [
              { "step": "treat", "then": "boxCox", "output": "T1" },
              { "step": "treat", "lambda": 2, "output": "T2", "indicators": { "x": { "then": "logCTPlus", "makePositive": true } } } ] }
            """));

        Assert.Equal(
        [
            "$.steps[0].lambda (line 2, column 3): boxCox needs its lambda (COINr's boxcox has no default)",
            "$.steps[1].lambda (line 3, column 32): lambda applies only to then boxCox",
            "$.steps[1].indicators.x.makePositive (line 3, column 111): makePositive applies only to then boxCox",
        ], problems);
    }

    [Fact]
    public void TooFewValues_AreLeftUntreated()
    {
        double[] x = [1, 1000, double.NaN];
        Assert.Equal(0, TreatStep.Treat(x, TreatSpec.Default));
        Assert.Equal(1000, x[1]);
    }

    [Fact]
    public void Passes_UsesRsThreeValuedOr()
    {
        // Three values: skewness 0 is known (passes), kurtosis is not: NA | TRUE is TRUE.
        Assert.True(TreatStep.Passes([1, 2, 3], TreatSpec.Default));
        Assert.Null(TreatStep.Passes([1, 2], TreatSpec.Default));
    }

    [Fact]
    public void TreatStep_AppliesPerIndicatorOverrides()
    {
        var model = Small.Model([("A", 1, [1, 2, 3, 4, 5, 6, 7, 8, 50, 100]), ("B", 1, [1, 2, 3, 4, 5, 6, 7, 8, 50, 100])]);
        var result = CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "treat", "indicators": { "B": "none" } } ] }
            """).Run(model);
        Assert.Equal(50, result.Scores.Column("A").Max());
        Assert.Equal(100, result.Scores.Column("B").Max());
    }

    [Fact]
    public void CombineTreat_TransformsTheWinsorisedColumn_NotTheOriginal()
    {
        // 1…15, 100, 1000 with winmax 1 (COINr's combine_treat, R/treat.R: "f2 will instead be applied to the output of f1").
        // One step sets 1000 to 100; COINr's counter then reaches winmax. 1…15, 100, 100 still fails: skewness 2.52 ≥ 2,
        // kurtosis 5.13 ≥ 3.5. Combined, log_CT of the Winsorised column: min 1, max 100, a = 0.01·99 = 0.99,
        // ln(x − 1 + 0.99): 1 → ln 0.99, 100 and the former 1000 → ln 99.99. By default, log_CT of the original:
        // min 1, max 1000, a = 9.99: 1 → ln 9.99, 1000 → ln 1008.99.
        double[] values = [.. Enumerable.Range(1, 15).Select(i => (double)i), 100, 1000];
        var model = Small.Model([("A", 1, values)]);
        double?[] Treated(string more) => [.. CompositePipeline.Parse("{ \"formatVersion\": 1, \"steps\": [ { \"step\": \"treat\", \"winmax\": 1" + more + " } ] }").Run(model).Scores.Column("A")];

        var combined = Treated(", \"combine\": true");
        var apart = Treated(string.Empty);

        Assert.Equal(Math.Log(0.99), combined[0]!.Value, 12);
        Assert.Equal(Math.Log(99.99), combined[15]!.Value, 12);
        Assert.Equal(Math.Log(99.99), combined[16]!.Value, 12);
        Assert.Equal(Math.Log(9.99), apart[0]!.Value, 12);
        Assert.Equal(Math.Log(1008.99), apart[16]!.Value, 12);
    }

    [Fact]
    public void Combine_IsAStepParameter_NotAnIndicators()
    {
        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "treat", "indicators": { "A": { "combine": true } } } ] }
            """));

        Assert.Contains(error.Diagnostics, d => d.JsonPath == "$.steps[0].indicators.A.combine");
    }

    [Fact]
    public void Panel_IsTreatedPeriodByPeriod()
    {
        // 2018: 1…8, 50, 100 fails and is Winsorised (100 → 50, see HighOutlier_IsWinsorisedToTheNextHighest). 2019: the
        // same and 100 once more, skewness 1.52 < 2: passes and is left alone. Taken as one column of 21 values (skewness
        // 1.70 < 2) nothing would be treated at all.
        double[] year = [1, 2, 3, 4, 5, 6, 7, 8, 50, 100];
        var units = year.Select((v, i) => Row("U" + i, 2018, v)).Concat(year.Append(100).Select((v, i) => Row("U" + i, 2019, v)));
        var model = new CompositeModel(units, Elements());

        var treated = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "treat" } ] }""").Run(model).Scores;

        Assert.Equal(50, treated["U9", "A", 2018]);
        Assert.Equal(100, treated["U9", "A", 2019]);
        Assert.Equal(100, treated["U10", "A", 2019]);
    }

    private static CompositeUnit Row(string code, int time, double value) => new(code, null, [new("A", value)], time: time);

    private static CompositeElement[] Elements() =>
    [
        new() { Code = "A", Type = ElementType.Indicator, Level = 1, Parent = "Index", Weight = 1 },
        new() { Code = "Index", Type = ElementType.Aggregate, Level = 2, Weight = 1 },
    ];
}
