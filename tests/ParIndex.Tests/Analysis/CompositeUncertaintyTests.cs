using ParIndex.Tests.Composites;

namespace ParIndex.Tests.Analysis;

public class CompositeUncertaintyTests
{
    // U1: A = 10, B = 0; U2: A = 0, B = 8; the raw values averaged with weights 1 and 1: U1 = 5, U2 = 4.
    private static readonly CompositeModel Two = Small.Model([("A", 1, [10, 0]), ("B", 1, [0, 8])]);

    private static readonly CompositePipeline Mean = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "aggregate" } ] }""");

    // B weighs 2: U1 = 10/3 = 3.33, U2 = 16/3 = 5.33, U2 first.
    private static readonly CompositePipeline HeavyB = CompositePipeline.Parse("""{ "formatVersion": 1, "weightSets": { "heavyB": { "B": 2 } }, "steps": [ { "step": "aggregate", "weights": "heavyB" } ] }""");

    [Fact]
    public void Run_NoNoise_EveryRunIsTheNominalRanking()
    {
        var result = RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { Runs = 300, WeightNoise = 0, NoiseLevels = [1] });

        Assert.Equal(["U1", "U2"], result.Select(u => u.UnitCode));
        Assert.Equal([5.0, 4.0], result.Select(u => u.NominalValue));
        Assert.All(result, u => Assert.Equal((u.NominalRank, u.NominalRank, u.NominalRank, (double)u.NominalRank), (u.Low, u.High, u.MedianRank, u.MeanRank)));
        Assert.All(result, u => Assert.Equal(300, u.RankCounts[u.NominalRank - 1]));
    }

    [Fact]
    public void Run_HalfNoiseOnTheIndicatorWeights_SwapsAsOftenAsTheUniformSays()
    {
        // wA, wB uniform in [0.5, 1.5) (±50 %); U2 beats U1 when 8 wB > 10 wA, i.e. wB > 1.25 wA:
        // P = ∫ from 0.5 to 1.2 of (1.5 − 1.25 wA) dwA = [1.5 wA − 0.625 wA²] from 0.5 to 1.2 = 0.9 − 0.59375 = 0.30625.
        // 20,000 runs: a share's standard error is 0.0033; ±0.015 is over 4 of them.
        var result = RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { Runs = 20000, WeightNoise = 0.5, NoiseLevels = [1] });

        var u1 = result.Single(u => u.UnitCode == "U1");
        Assert.InRange(u1.RankCounts[1] / 20000.0, 0.29125, 0.32125);
        Assert.Equal((1, 1, 2), (u1.Low, u1.MedianRank, u1.High));
        var u2 = result.Single(u => u.UnitCode == "U2");
        Assert.Equal((1, 2, 2), (u2.Low, u2.MedianRank, u2.High));
        Assert.Equal(u1.RankCounts[1], u2.RankCounts[0]);
    }

    [Fact]
    public void Run_NoisyWeightsThatCouldSumBeyondADouble_IsAProblemBeforeAnyRun()
    {
        // 0.6e308 + 0.6e308 = 1.2e308 is a double, so the nominal run passes; with noise 0.9 each weight reaches up to
        // 1.14e308 and their sum ∞: every share w / Σw of such a run was 0, every index 0 and both units tied first.
        var model = Small.Model([("A", 1, [10, 0]), ("B", 1, [0, 8])], weights: [0.6e308, 0.6e308]);

        var error = Assert.Throws<InvalidCompositeException>(() => RankUncertainty.Run(model, Mean, new CompositeUncertaintyOptions { Runs = 100, WeightNoise = 0.9, NoiseLevels = [1] }));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "Index", "$.steps[0]"), (problem.Kind, problem.ItemCode, problem.JsonPath));
        Assert.Contains("weight noise 0.9", problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("The pipeline cannot be re-aggregated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LargeWeightsWithRoomForTheNoise_Run()
    {
        // 0.4e308 × 1.9 × 2 = 1.52e308 stays a double: the check refuses only sums that can overflow.
        var model = Small.Model([("A", 1, [10, 0]), ("B", 1, [0, 8])], weights: [0.4e308, 0.4e308]);

        var result = RankUncertainty.Run(model, Mean, new CompositeUncertaintyOptions { Runs = 100, WeightNoise = 0.9, NoiseLevels = [1] });

        Assert.Equal([5.0, 4.0], result.Select(u => u.NominalValue));
    }

    [Fact]
    public void Run_TwoPipelinesWithoutNoise_EachDrawnAboutHalfTheRuns()
    {
        // Without noise the main pipeline ranks U1 first and the alternative U2: U1 is second in the runs drawing the
        // alternative, half of them (±0.03 is over 4 standard errors of a share over 4,000 runs).
        var result = RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { Runs = 4000, WeightNoise = 0, Alternatives = [HeavyB] });

        var u1 = result.Single(u => u.UnitCode == "U1");
        Assert.Equal(1, u1.NominalRank);
        Assert.InRange(u1.RankCounts[1] / 4000.0, 0.47, 0.53);
        Assert.Equal((1, 2), (u1.Low, u1.High));
    }

    [Fact]
    public void Run_SameSeed_SameCountsWhateverTheThreads()
    {
        CompositeUncertaintyOptions Options(int threads) => new() { Runs = 1000, Seed = 11, MaxThreads = threads };

        var one = RankUncertainty.Run(AsemTests.Model, Pipeline.Asem, Options(1));
        var two = RankUncertainty.Run(AsemTests.Model, Pipeline.Asem, Options(2));

        Assert.Equal(one.Select(u => u.RankCounts.ToArray()), two.Select(u => u.RankCounts.ToArray()));
        Assert.Contains(one, u => u.Low < u.High); // the runs do vary
    }

    [Fact]
    public void Run_Asem_NominalIsCoinrsRankingAndNoiseWidensTheIntervals()
    {
        // Nominal: COINr's ranking of its example (CHE 68.38 first, AsemTests); ±25 % on levels 2 and 3, as COINr's
        // sensitivity vignette: the intervals are at least as wide as at ±5 %, and some unit's is wider.
        var narrow = RankUncertainty.Run(AsemTests.Model, Pipeline.Asem, new CompositeUncertaintyOptions { Runs = 2000, WeightNoise = 0.05 });
        var wide = RankUncertainty.Run(AsemTests.Model, Pipeline.Asem, new CompositeUncertaintyOptions { Runs = 2000, WeightNoise = 0.25 });

        Assert.Equal(AsemTests.Example.Ranking.Select(r => (r.UnitCode, r.Rank)), wide.Select(u => (u.UnitCode, u.NominalRank)));
        Assert.Equal("CHE", wide[0].UnitCode);
        Assert.Equal(51, wide.Length);
        Assert.True(narrow.Zip(wide).Sum(p => p.Second.High - p.Second.Low - (p.First.High - p.First.Low)) > 0);
        Assert.All(wide, u => Assert.Equal(2000, u.RankCounts.Sum()));
    }

    [Fact]
    public void Run_AsemWithoutNoise_ReproducesEveryNominalRankIncludingTies()
    {
        // Re-aggregating the normalised data must give COINr's index to the last bit, or near-equal units (DNK 64.80 and
        // NLD 64.82) could swap in a run without noise.
        var result = RankUncertainty.Run(AsemTests.Model, Pipeline.Asem, new CompositeUncertaintyOptions { Runs = 10, WeightNoise = 0 });

        Assert.All(result, u => Assert.Equal((u.NominalRank, u.NominalRank, 10), (u.Low, u.High, u.RankCounts[u.NominalRank - 1])));
    }

    [Fact]
    public void Run_BadOptionOrPipeline_NamesTheOneRefused()
    {
        var normaliseOnly = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "normalise" } ] }""");

        Assert.Equal("options.NoiseLevels", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { NoiseLevels = [2] })).ParamName);
        Assert.Equal("options.Alternatives", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { Alternatives = [normaliseOnly] })).ParamName);
        Assert.Equal("pipeline", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, normaliseOnly)).ParamName);
    }

    [Fact]
    public void Run_BadOptions_NameTheProblem()
    {
        Assert.Contains("WeightNoise", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { WeightNoise = 1 })).Message, StringComparison.Ordinal);
        Assert.Contains("from 1 to 1", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { NoiseLevels = [2] })).Message, StringComparison.Ordinal);
        var normaliseOnly = CompositePipeline.Parse("""{ "formatVersion": 1, "steps": [ { "step": "normalise" } ] }""");
        Assert.Contains("does not end in an aggregate step", Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, normaliseOnly)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MaxThreadsBelowOne_IsNamedNotTheRuntimes()
    {
        // Was the runtime's ArgumentOutOfRangeException naming 'MaxDegreeOfParallelism', thrown from inside the runs.
        var e = Assert.Throws<ArgumentException>(() => RankUncertainty.Run(Two, Mean, new CompositeUncertaintyOptions { Runs = 10, MaxThreads = 0 }));
        Assert.Equal("options", e.ParamName);
        Assert.StartsWith("MaxThreads must be at least 1 (or null for the processor count), not 0.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_PipelineChoiceMovesTheRanksMoreThanTheWeights()
    {
        // The alternative swaps the two units in almost every run (U2 wins under heavyB unless wB/wA < 0.625, never
        // at ±10 %); the weights at ±10 % never swap them under the main pipeline (wB/wA would need > 1.25): the shift
        // is the pipeline's alone, S_pipeline ≈ 1 and S_weights ≈ 0.
        var result = CompositeUncertainty.Sensitivity(Two, Mean, new CompositeUncertaintyOptions { WeightNoise = 0.1, NoiseLevels = [1], Alternatives = [HeavyB] }, new SobolOptions { Samples = 512, BootstrapReplicates = 0 });

        Assert.Equal(["level 1 weights", "pipeline"], result.Inputs.Select(i => i.Name));
        Assert.InRange(result.Inputs[1].FirstOrder, 0.9, 1.1);
        Assert.InRange(result.Inputs[0].Total, -0.05, 0.05);
    }

    /// <summary>Without noise or alternatives every run ranks every unit at its nominal rank, whatever the data.</summary>
    [Property(MaxTest = 50)]
    public void Run_NoNoise_IntervalsAreTheNominalRank(int[] a, int[] b)
    {
        var model = Model(a, b);
        if (model is null)
        {
            return;
        }

        var result = RankUncertainty.Run(model, Mean, new CompositeUncertaintyOptions { Runs = 20, WeightNoise = 0, NoiseLevels = [1] });

        Assert.All(result, u => Assert.Equal((u.NominalRank, u.NominalRank, 20), (u.Low, u.High, u.RankCounts[u.NominalRank - 1])));
    }

    /// <summary>With noise: the counts of every unit sum to the runs, the 5 %, 50 % and 95 % ranks are in order, the mean
    /// rank is a rank (not necessarily inside the interval: up to 5 % of runs lie outside each end).</summary>
    [Property(MaxTest = 30)]
    public void Run_WithNoise_QuantilesInOrder(int[] a, int[] b, byte noise, ulong seed)
    {
        var model = Model(a, b);
        if (model is null)
        {
            return;
        }

        var result = RankUncertainty.Run(model, Mean, new CompositeUncertaintyOptions { Runs = 50, WeightNoise = noise / 256.0, NoiseLevels = [1], Seed = seed });

        Assert.All(result, u => Assert.True(u.RankCounts.Sum() == 50 && u.Low <= u.MedianRank && u.MedianRank <= u.High && u.MeanRank >= 1 && u.MeanRank <= result.Length, u.ToString()));
    }

    private static CompositeModel? Model(int[] a, int[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        return n == 0 ? null : Small.Model([("A", 1, [.. a.Take(n).Select(v => (double)(v % 1000))]), ("B", 1, [.. b.Take(n).Select(v => (double)(v % 1000))])]);
    }

    private static class Pipeline
    {
        internal static readonly CompositePipeline Asem = CompositePipeline.Parse(RepositoryFiles.Read("samples/data/composites/asem.json"));
    }

    [Fact]
    public void Run_TenTimesTheRuns_AllocatesNoMore()
    {
        // Memory is per-rank counts, never the runs. One thread, so that every allocation of the analysis is on this
        // thread and counted.
        CompositeUncertaintyOptions Options(int runs) => new() { Runs = runs, WeightNoise = 0.5, NoiseLevels = [1], MaxThreads = 1 };
        RankUncertainty.Run(Two, HeavyB, Options(500)); // compiled before anything is measured

        long Allocated(int runs)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            RankUncertainty.Run(Two, HeavyB, Options(runs));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        var few = Allocated(2_000);
        var many = Allocated(20_000);

        // The measurement sees the analysis: two units' results, each with its counts, are well over 200 bytes.
        Assert.True(few > 200, few + " bytes for 2,000 runs");
        // 18,000 more runs: one 24-byte allocation per run would be 432,000 bytes more. The margin is for the runtime's
        // own work on this thread.
        Assert.True(many - few < 64_000, $"{few} bytes for 2,000 runs, {many} for 20,000");
    }
}
