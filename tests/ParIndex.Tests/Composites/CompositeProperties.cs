namespace ParIndex.Tests.Composites;

/// <summary>Laws of the normalisers and aggregators, on integer-valued columns (so that ties are exact).</summary>
[Properties(MaxTest = 200)]
public class CompositeProperties
{
    private static double[] Values(int[] xs) => [.. xs.Select(x => (double)(x % 100_000))];

    // A column with two distinct values at least and a range [lower, lower + width] of some width; null when there is
    // nothing to map. The tolerance is relative to the range's ends.
    private static (double[] X, double Lower, double Upper, double Tolerance)? Ranged(int[] xs, short lower, ushort width)
    {
        var x = Values(xs);
        var (l, u) = (lower, lower + (double)width);
        return x.Distinct().Count() < 2 || width == 0 ? null : (x, l, u, 1e-9 * (Math.Abs(l) + Math.Abs(u)));
    }

    // Every value within the range, and the worst value at its lower end.
    private static void AssertWithinAndWorstAtLower(double[] x, double[] y, double l, double u, double tolerance)
    {
        Assert.All(y, v => Assert.InRange(v, l - tolerance, u + tolerance));
        Assert.Equal(l, y[Array.IndexOf(x, x.Min())], tolerance);
    }

    [Property]
    public void MinMax_MapsOntoTheRange_MinToLowerMaxToUpper(int[] xs, short lower, ushort width)
    {
        if (Ranged(xs, lower, width) is not (var x, var l, var u, var tolerance))
        {
            return;
        }
        var y = new double[x.Length];

        Assert.Null(NormaliseStep.Normalise(x, y, NormaliseSpec.Default with { Lower = l, Upper = u }, 1, null, -1));

        AssertWithinAndWorstAtLower(x, y, l, u, tolerance);
        Assert.Equal(u, y[Array.IndexOf(x, x.Max())], tolerance);
    }

    [Property]
    public void RankAndBorda_WithARange_MapWorstToLowerAndAnUntiedBestToUpper(int[] xs, short lower, ushort width)
    {
        if (Ranged(xs, lower, width) is not (var x, var l, var u, var tolerance))
        {
            return;
        }
        foreach (var method in new[] { NormaliseMethod.Rank, NormaliseMethod.Borda })
        {
            var y = new double[x.Length];
            Assert.Null(NormaliseStep.Normalise(x, y, new NormaliseSpec(method, l, u, RangeGiven: true), 1, null, -1));
            AssertWithinAndWorstAtLower(x, y, l, u, tolerance);
            // Ties share the lowest rank (COINr's ties.method "min"): a best value held by several ranks below n.
            Assert.Equal(x.Count(v => v == x.Max()) == 1 ? u : l + ((x.Length - x.Count(v => v == x.Max())) / (x.Length - 1.0) * (u - l)), y[Array.IndexOf(x, x.Max())], tolerance);
        }
    }

    [Property]
    public void RankNormalisation_IsInvariantToMonotoneTransforms(int[] xs, byte scale, sbyte shift)
    {
        var x = Values(xs);
        // A strictly increasing map: (scale + 1)·v³ + shift.
        var transformed = x.Select(v => ((scale + 1.0) * v * v * v) + shift).ToArray();
        foreach (var method in new[] { NormaliseMethod.Rank, NormaliseMethod.Borda, NormaliseMethod.PercentileRank })
        {
            var spec = new NormaliseSpec(method, Upper: 1);
            var (a, b) = (new double[x.Length], new double[x.Length]);
            NormaliseStep.Normalise(x, a, spec, 1, null, -1);
            NormaliseStep.Normalise(transformed, b, spec, 1, null, -1);
            Assert.Equal(a, b);
        }
    }

    [Property]
    public void DirectionMinusOne_ReversesRanks(int[] xs)
    {
        var x = Values(xs).Distinct().ToArray();
        var (up, down) = (new double[x.Length], new double[x.Length]);
        NormaliseStep.Normalise(x, up, new NormaliseSpec(NormaliseMethod.Rank), 1, null, -1);
        NormaliseStep.Normalise(x, down, new NormaliseSpec(NormaliseMethod.Rank), -1, null, -1);

        Assert.Equal(up.Select(r => x.Length + 1 - r), down);
    }

    [Property]
    public void GeometricMean_IsAtMostTheArithmeticMean(int[] xs, int[] ws)
    {
        var x = xs.Select(v => (double)(Math.Abs(v % 1000) + 1)).ToArray();
        if (x.Length == 0)
        {
            return;
        }
        var w = Enumerable.Range(0, x.Length).Select(i => i < ws.Length ? Math.Abs(ws[i] % 10) + 1.0 : 1.0).ToArray();
        var columns = x.Select(v => new[] { v }).ToArray();

        var arithmetic = AggregateStep.Mean(columns, w, 0, AggregateSpec.Default, out _);
        var geometric = AggregateStep.Mean(columns, w, 0, new AggregateSpec(AggregateMethod.Geometric), out _);
        var harmonic = AggregateStep.Mean(columns, w, 0, new AggregateSpec(AggregateMethod.Harmonic), out _);

        Assert.True(geometric <= arithmetic * (1 + 1e-12), $"{geometric} > {arithmetic}");
        Assert.True(harmonic <= geometric * (1 + 1e-12), $"{harmonic} > {geometric}");
    }

    [Property]
    public void EqualWeights_GiveThePlainMean(int[] xs, byte weight)
    {
        var x = Values(xs);
        if (x.Length == 0)
        {
            return;
        }
        var w = Enumerable.Repeat(weight + 1.0, x.Length).ToArray();

        var mean = AggregateStep.Mean([.. x.Select(v => new[] { v })], w, 0, AggregateSpec.Default, out _);

        Assert.Equal(x.Average(), mean, 1e-9 * (1 + x.Max(Math.Abs)));
    }
}
