namespace ParIndex.Tests.Analysis;

public class SobolSensitivityTests
{
    private const double A = 7, B = 0.1;

    // Ishigami and Homma (1990): sin x1 + a sin² x2 + b x3⁴ sin x1, each x uniform on [−π, π].
    private static double Ishigami(ReadOnlySpan<double> u)
    {
        double x1 = -Math.PI + (2 * Math.PI * u[0]), x2 = -Math.PI + (2 * Math.PI * u[1]), x3 = -Math.PI + (2 * Math.PI * u[2]);
        return Math.Sin(x1) + (A * Math.Sin(x2) * Math.Sin(x2)) + (B * Math.Pow(x3, 4) * Math.Sin(x1));
    }

    // The analytic variances (OpenTURNS documentation, "The Ishigami function",
    // https://openturns.github.io/openturns/latest/usecases/use_case_ishigami.html): V = 1/2 + a²/8 + b²π⁸/18 + bπ⁴/5,
    // V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V13 = 8b²π⁸/225, all others 0. With a = 7, b = 0.1: V = 13.8446, S1 = 0.3139,
    // S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437 (the values SALib's documentation quotes from
    // Saltelli et al., Global Sensitivity Analysis: The Primer, 2008).
    private static readonly double s_pi4 = Math.Pow(Math.PI, 4), s_pi8 = Math.Pow(Math.PI, 8);
    private static readonly double s_v = 0.5 + (A * A / 8) + (B * B * s_pi8 / 18) + (B * s_pi4 / 5);
    private static readonly double s_v1 = 0.5 * Math.Pow(1 + (B * s_pi4 / 5), 2), s_v2 = A * A / 8, s_v13 = 8 * B * B * s_pi8 / 225;
    private static readonly double[] s_first = [s_v1 / s_v, s_v2 / s_v, 0];
    private static readonly double[] s_total = [(s_v1 + s_v13) / s_v, s_v2 / s_v, s_v13 / s_v];

    [Fact]
    public void AnalyticIshigamiIndices_AreThePublishedOnes()
    {
        // Guards the formulas above against a slip: the four-decimal figures as published.
        Assert.Equal([0.3139, 0.4424, 0], s_first.Select(s => Math.Round(s, 4)));
        Assert.Equal([0.5576, 0.4424, 0.2437], s_total.Select(s => Math.Round(s, 4)));
    }

    [Theory]
    [InlineData(1 << 10)]
    [InlineData(1 << 12)]
    [InlineData(1 << 14)]
    [InlineData(1 << 16)]
    public void Estimate_Ishigami_ConvergesToTheAnalyticIndicesAsOneOverRootN(int samples)
    {
        // Tolerance 5 ÷ √N: 0.156 at N = 1,024, 0.020 at N = 65,536 (a few standard errors of either estimator); the
        // variance (of 2N outputs) within a relative 3 ÷ √N.
        var result = SobolSensitivity.Estimate(["x1", "x2", "x3"], Ishigami, new SobolOptions { Samples = samples, BootstrapReplicates = 0 });

        var tolerance = 5 / Math.Sqrt(samples);
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(result.Inputs[i].FirstOrder, s_first[i] - tolerance, s_first[i] + tolerance);
            Assert.InRange(result.Inputs[i].Total, s_total[i] - tolerance, s_total[i] + tolerance);
        }
        Assert.InRange(result.Variance, s_v * (1 - (3 / Math.Sqrt(samples))), s_v * (1 + (3 / Math.Sqrt(samples))));
        Assert.Equal(samples * 5, result.Evaluations);
    }

    [Fact]
    public void Estimate_Bootstrap_IntervalsHoldTheEstimateAndHalveWithFourTimesTheSamples()
    {
        var small = SobolSensitivity.Estimate(["x1", "x2", "x3"], Ishigami, new SobolOptions { Samples = 1 << 12 });
        var large = SobolSensitivity.Estimate(["x1", "x2", "x3"], Ishigami, new SobolOptions { Samples = 1 << 14 });

        foreach (var index in small.Inputs.Concat(large.Inputs).Where(i => i.Name != "x3"))
        {
            Assert.InRange(index.FirstOrder, index.FirstOrderLow, index.FirstOrderHigh);
            Assert.InRange(index.Total, index.TotalLow, index.TotalHigh);
            Assert.True(index.FirstOrderLow < index.FirstOrderHigh, index.ToString());
        }
        for (var i = 0; i < 2; i++)
        {
            var ratio = (large.Inputs[i].TotalHigh - large.Inputs[i].TotalLow) / (small.Inputs[i].TotalHigh - small.Inputs[i].TotalLow);
            Assert.InRange(ratio, 0.35, 0.65); // 1 ÷ √4 = 0.5
        }
    }

    [Fact]
    public void Estimate_LinearModel_SharesAreTheSquaredCoefficientsAndAnIdleInputIsExactlyZero()
    {
        // f = u1 + 2 u2 + 0 u3, each u uniform (variance 1/12): V = 1/12 + 4/12, S1 = ST1 = 1/5, S2 = ST2 = 4/5; u3 never
        // changes f, so f(A_B⁽³⁾) = f(A) row by row and both of its estimates are exactly 0.
        var result = SobolSensitivity.Estimate(["u1", "u2", "u3"], u => u[0] + (2 * u[1]) + (0 * u[2]), new SobolOptions { Samples = 1 << 14, BootstrapReplicates = 50 });

        Assert.InRange(result.Inputs[0].FirstOrder, 0.18, 0.22);
        Assert.InRange(result.Inputs[0].Total, 0.18, 0.22);
        Assert.InRange(result.Inputs[1].FirstOrder, 0.78, 0.82);
        Assert.InRange(result.Inputs[1].Total, 0.78, 0.82);
        Assert.Equal(0, result.Inputs[2].FirstOrder);
        Assert.Equal(0, result.Inputs[2].Total);
        Assert.Equal(0, result.Inputs[2].TotalHigh);
        Assert.InRange(result.Variance, 5.0 / 12 * 0.97, 5.0 / 12 * 1.03);
    }

    [Property(MaxTest = 20)]
    public Property Estimate_AdditiveModel_FirstOrderEqualsTotalEqualsTheShareOfVariance() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Choose(1, 5)).Where(c => c.Length is >= 2 and <= 4)),
            coefficients =>
            {
                // Without interactions S_i = ST_i = c_i² ÷ Σ c² (each u_i has the same variance).
                var sum = coefficients.Sum(c => (double)c * c);
                var result = SobolSensitivity.Estimate(
                    coefficients.Select((_, i) => "u" + i),
                    u =>
                    {
                        var f = 0.0;
                        for (var i = 0; i < u.Length; i++)
                        {
                            f += coefficients[i] * u[i];
                        }
                        return f;
                    },
                    new SobolOptions { Samples = 1 << 13, BootstrapReplicates = 0 });
                return coefficients.Select((c, i) => (Share: c * c / sum, Index: result.Inputs[i]))
                    .All(x => Math.Abs(x.Index.FirstOrder - x.Share) < 0.05 && Math.Abs(x.Index.Total - x.Share) < 0.05);
            });

    [Fact]
    public void Estimate_SameSeed_SameResultOnOneThreadOrMany_AnotherSeedDiffers()
    {
        var one = SobolSensitivity.Estimate(["x1", "x2", "x3"], Ishigami, new SobolOptions { Samples = 2000, MaxThreads = 1, Seed = 5 });
        var many = SobolSensitivity.Estimate(["x1", "x2", "x3"], Ishigami, new SobolOptions { Samples = 2000, MaxThreads = 4, Seed = 5 });
        var other = SobolSensitivity.Estimate(["x1", "x2", "x3"], Ishigami, new SobolOptions { Samples = 2000, Seed = 6 });

        Assert.Equal(one.Inputs.Select(i => i.ToString()), many.Inputs.Select(i => i.ToString()));
        Assert.Equal(one.Inputs.Select(i => (i.FirstOrder, i.Total, i.FirstOrderLow, i.TotalHigh)), many.Inputs.Select(i => (i.FirstOrder, i.Total, i.FirstOrderLow, i.TotalHigh)));
        Assert.NotEqual(one.Inputs[0].FirstOrder, other.Inputs[0].FirstOrder);
    }

    [Fact]
    public void Estimate_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => SobolSensitivity.Estimate(["a"], _ => 3.0)).ParamName);
        Assert.Equal("model", Assert.Throws<ArgumentException>(() => SobolSensitivity.Estimate(["a"], u => u[0] < 0.5 ? double.NaN : 1)).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => SobolSensitivity.Estimate(["a", "a"], u => u[0])).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => SobolSensitivity.Estimate([], u => 1)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => SobolSensitivity.Estimate(["a"], u => u[0], new SobolOptions { Samples = 1 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => SobolSensitivity.Estimate(["a"], u => u[0], new SobolOptions { ConfidenceLevel = 1 })).ParamName);
    }

    // Formerly the README's example, when the engine was public: at N = 2¹⁶ with the default 200 bootstrap replicates the
    // estimates print as below (the analytic values are S = 0.31, 0.44, 0 and ST = 0.56, 0.44, 0.24).
    [Fact]
    public void Estimate_IshigamiAtTwoToTheSixteen_PrintsTheFormerReadmeFigures()
    {
        // The README's own form of the function (as written there, so that every rounding matches).
        static double ReadmeIshigami(ReadOnlySpan<double> u)
        {
            double x1 = ((2 * u[0]) - 1) * Math.PI, x2 = ((2 * u[1]) - 1) * Math.PI, x3 = ((2 * u[2]) - 1) * Math.PI;
            return Math.Sin(x1) + (7 * Math.Sin(x2) * Math.Sin(x2)) + (0.1 * Math.Pow(x3, 4) * Math.Sin(x1));
        }

        var result = SobolSensitivity.Estimate(["x1", "x2", "x3"], ReadmeIshigami, new SobolOptions { Samples = 1 << 16 });

        Assert.Equal(
            [
                "x1: S 0.31 [0.31, 0.32], ST 0.55 [0.54, 0.56]",
                "x2: S 0.45 [0.44, 0.45], ST 0.45 [0.44, 0.45]",
                "x3: S 0.00 [-0.00, 0.01], ST 0.24 [0.24, 0.25]",
            ],
            result.Inputs.Select(input => FormattableString.Invariant($"{input.Name}: S {input.FirstOrder:0.00} [{input.FirstOrderLow:0.00}, {input.FirstOrderHigh:0.00}], ST {input.Total:0.00} [{input.TotalLow:0.00}, {input.TotalHigh:0.00}]")));
    }
}
