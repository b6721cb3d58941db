using ParIndex.Composites;

namespace ParIndex.Analysis;

/// <summary>The assumptions a composite indicator's Monte Carlo analysis varies (phân tích độ bất định của chỉ số tổng
/// hợp): noise on the aggregation weights of some levels, and a choice among alternative pipelines.</summary>
/// <remarks>
/// <para>Weight noise follows COINr's <c>get_noisy_weights</c> (https://github.com/bluefoxr/COINr, <c>R/sensitivity.R</c>):
/// each weight w of a noisy level becomes w × (1 + <see cref="WeightNoise"/> × u), u uniform in [−1, 1), drawn afresh
/// for every weight and run; the aggregation then rescales the weights over each aggregate's children (Σwx ÷ Σw), so the
/// perturbed weights are renormalised. COINr's sensitivity vignette puts ±25 % on levels 2 and 3 of its ASEM example.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class CompositeUncertaintyOptions
{
    /// <summary>Gets the number of runs; 1000 by default.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Gets the seed; the same seed gives the same results whatever the number of threads. 2017 by default.</summary>
    public ulong Seed { get; init; } = 2017;

    /// <summary>Gets the relative noise on the weights, in [0, 1): 0.25 for ±25 %. 0.25 by default.</summary>
    public double WeightNoise { get; init; } = 0.25;

    /// <summary>Gets the levels whose weights are perturbed (1 = the indicators' weights within their pillars); empty
    /// (the default) for every level from 2 to one below the index (2 and 3 on COINr's ASEM example).</summary>
    public ImmutableArray<int> NoiseLevels { get; init; } = [];

    /// <summary>Gets alternative pipelines (another normalisation or aggregation), each ending in an aggregate step, each
    /// run drawing uniformly among the main pipeline and these; empty by default.</summary>
    public ImmutableArray<CompositePipeline> Alternatives { get; init; } = [];

    /// <summary>Gets the most threads to use; the number of processors when null.</summary>
    public int? MaxThreads { get; init; }
}
