using System;
using System.Linq;
using ParIndex.Composites;
using Xunit;

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
}
