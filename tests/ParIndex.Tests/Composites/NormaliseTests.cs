namespace ParIndex.Tests.Composites;

/// <summary>Every normaliser on x = 2, 4, 10 (and a missing value), by hand.</summary>
public class NormaliseTests
{
    private static readonly double[] X = [2, 4, 10, double.NaN];

    private static double[] Run(NormaliseSpec spec, int direction = 1, double? target = null, int reference = -1)
    {
        var y = new double[X.Length];
        Assert.Null(NormaliseStep.Normalise(X, y, spec, direction, target, reference));
        Assert.True(double.IsNaN(y[3]));
        return [.. y.Take(3)];
    }

    private static void Near(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 10);
        }
    }

    [Fact]
    public void MinMax_MapsMinToLowerAndMaxToUpper() =>
        // (x − 2)/(10 − 2)·100: 0, 25, 100.
        Near([0, 25, 100], Run(NormaliseSpec.Default));

    [Fact]
    public void MinMax_DirectionMinusOne_Reverses() =>
        // −x = −2, −4, −10: min −10, max −2: (−2 + 10)/8·100 = 100, 75, 0.
        Near([100, 75, 0], Run(NormaliseSpec.Default, direction: -1));

    [Fact]
    public void MinMax_ToAnotherRange() =>
        // [1, 10]: 1 + 9·(0, 0.25, 1) = 1, 3.25, 10.
        Near([1, 3.25, 10], Run(NormaliseSpec.Default with { Lower = 1, Upper = 10 }));

    [Fact]
    public void ZScore_UsesTheSampleSd()
    {
        // mean 16/3; deviations −10/3, −4/3, 14/3; sd √((100 + 16 + 196)/9/2) = √(52/3) = 4.1633;
        // z = −0.80064, −0.32026, 1.12090; with m = 10, s = 2: 10 + 2z.
        var sd = System.Math.Sqrt(52.0 / 3);
        Near([10 + (2 * (-10.0 / 3) / sd), 10 + (2 * (-4.0 / 3) / sd), 10 + (2 * (14.0 / 3) / sd)], Run(new NormaliseSpec(NormaliseMethod.ZScore, Mean: 10, Sd: 2)));
    }

    [Fact]
    public void Rank_Borda_PercentileRank()
    {
        Near([1, 2, 3], Run(new NormaliseSpec(NormaliseMethod.Rank)));
        Near([0, 1, 2], Run(new NormaliseSpec(NormaliseMethod.Borda)));
        // (rank − 1)/(3 − 1): 0, 0.5, 1; onto [0, 100]: 0, 50, 100.
        Near([0, 0.5, 1], Run(new NormaliseSpec(NormaliseMethod.PercentileRank, Upper: 1)));
        Near([0, 50, 100], Run(new NormaliseSpec(NormaliseMethod.PercentileRank, Upper: 100)));
    }

    [Fact]
    public void Distances_And_FractionOfMax()
    {
        // to max: 1 − (10 − x)/8 = 0, 0.25, 1. fraction of max: x/10 = 0.2, 0.4, 1.
        Near([0, 0.25, 1], Run(new NormaliseSpec(NormaliseMethod.DistanceToMax, Upper: 1)));
        Near([0.2, 0.4, 1], Run(new NormaliseSpec(NormaliseMethod.FractionOfMax, Upper: 1)));
        // to the reference unit 2 (value 4): 1 − (4 − x)/(4 − 2) = 0, 1, 4; capped: 0, 1, 1.
        Near([0, 1, 4], Run(new NormaliseSpec(NormaliseMethod.DistanceToReference, Upper: 1), reference: 1));
        Near([0, 1, 1], Run(new NormaliseSpec(NormaliseMethod.DistanceToReference, Upper: 1, CapMax: true), reference: 1));
        // to target 8: (x − 2)/(8 − 2) = 0, 1/3, 4/3; capped and onto [0, 100]: 0, 33.33, 100.
        Near([0, 1.0 / 3, 4.0 / 3], Run(new NormaliseSpec(NormaliseMethod.DistanceToTarget, Upper: 1), target: 8));
        Near([0, 100.0 / 3, 100], Run(new NormaliseSpec(NormaliseMethod.DistanceToTarget, Upper: 100, CapMax: true), target: 8));
    }

    [Fact]
    public void Goalposts_TruncateAndReverse()
    {
        // posts 0 and 8: x/8 = 0.25, 0.5, 1.25 → truncated 0.25, 0.5, 1; onto [0, 100]: 25, 50, 100.
        Near([25, 50, 100], Run(new NormaliseSpec(NormaliseMethod.Goalposts, Upper: 100, GoalLower: 0, GoalUpper: 8)));
        // direction −1: (8 − x)/8 = 0.75, 0.5, −0.25 → 0.75, 0.5, 0.
        Near([0.75, 0.5, 0], Run(new NormaliseSpec(NormaliseMethod.Goalposts, Upper: 1, GoalLower: 0, GoalUpper: 8), direction: -1));
        // scaled does not truncate: 0.25, 0.5, 1.25.
        Near([0.25, 0.5, 1.25], Run(new NormaliseSpec(NormaliseMethod.Scaled, Upper: 1, GoalLower: 0, GoalUpper: 8)));
    }

    [Fact]
    public void Rank_Borda_WithARange_MapRankOneToLowerAndRankNToUpper()
    {
        // Ranks 1, 2, 3 (Borda 0, 1, 2) onto [10, 20]: 10 + (rank − 1)/(3 − 1)·10 = 10, 15, 20; direction −1: 20, 15, 10.
        Near([10, 15, 20], Run(new NormaliseSpec(NormaliseMethod.Rank, 10, 20, RangeGiven: true)));
        Near([10, 15, 20], Run(new NormaliseSpec(NormaliseMethod.Borda, 10, 20, RangeGiven: true)));
        Near([20, 15, 10], Run(new NormaliseSpec(NormaliseMethod.Borda, 10, 20, RangeGiven: true), direction: -1));

        // Ties take the lowest rank: 30, 10, 30, 20 rank 3, 1, 3, 2 → onto [0, 90] (n = 4): 60, 0, 60, 30.
        var y = new double[4];
        Assert.Null(NormaliseStep.Normalise([30, 10, 30, 20], y, new NormaliseSpec(NormaliseMethod.Rank, 0, 90, RangeGiven: true), 1, null, -1));
        Near([60, 0, 60, 30], y);

        Assert.Equal("Rank onto a range needs at least two values, and there are 1",
            NormaliseStep.Normalise([5, double.NaN], new double[2], new NormaliseSpec(NormaliseMethod.Rank, 0, 1, RangeGiven: true), 1, null, -1));
    }

    [Fact]
    public void Range_IsReadForRankAndBorda_AndRefusedForZScore()
    {
        var model = Small.Model([("A", 1, [2, 4, 10])]);
        var ranked = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "normalise", "method": "borda", "range": [0, 100] } ] }""").Run(model).Scores;
        Assert.Equal(new double?[] { 0, 50, 100 }, ranked.Column("A"));

        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "normalise", "method": "zScore", "range": [0, 100] } ] }"""));
        Assert.Equal("$.steps[0].range (line 1, column 86): range does not apply to zScore: its scale is set by mean and sd (mapping z-scores onto a range by their extremes is minMax)",
            error.Diagnostics.Single().ToString());
    }

    [Fact]
    public void ConstantColumn_CannotBeMinMaxed()
    {
        var y = new double[3];
        Assert.Equal("MinMax needs at least two different values, and all are 7", NormaliseStep.Normalise([7, 7, 7], y, NormaliseSpec.Default, 1, null, -1));
    }

    [Fact]
    public void Denominators_AtOrBelowZero_AreProblems()
    {
        // x = 2, 4, 10. Reference unit 0 has the minimum 2: (x − 2)/(2 − 2) would be x/0. Target 1 with direction 1 is
        // below the minimum: (x − 2)/(1 − 2) would turn the column round. −x has maximum −2: x/max would too.
        var y = new double[4];
        Assert.Equal("the reference unit's value 2 is the indicator's worst, so (x − min)/(reference − min) would divide by zero",
            NormaliseStep.Normalise(X, y, new NormaliseSpec(NormaliseMethod.DistanceToReference, Upper: 1), 1, null, 0));
        Assert.Equal("the reference unit has no value", NormaliseStep.Normalise(X, y, new NormaliseSpec(NormaliseMethod.DistanceToReference, Upper: 1), 1, null, 3));
        Assert.Equal("the target 1 is not better than the indicator's worst value 2, so (x − min)/(target − min) would divide by zero or a negative number",
            NormaliseStep.Normalise(X, y, new NormaliseSpec(NormaliseMethod.DistanceToTarget, Upper: 1), 1, 1, -1));
        Assert.Equal("a fraction of the maximum needs a maximum above zero, and it is -2",
            NormaliseStep.Normalise(X, y, new NormaliseSpec(NormaliseMethod.FractionOfMax, Upper: 1), -1, null, -1));
    }

    [Fact]
    public void NormaliseStep_NamesTheIndicator_OfADenominatorProblem()
    {
        var model = Small.Model([("A", 1, [2, 4, 10]), ("B", 1, [1, 2, 3])]);
        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "normalise", "method": "distanceToTarget", "target": 2 } ] }
            """).Run(model));

        // A's worst is 2 = the target (the problem); B's target 2 is above its worst 1.
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.NonPositiveDenominator, problem.Kind);
        Assert.Equal("A", problem.ItemCode);
    }
}
