using ParIndex.Methodologies;
using ParIndex.Rankings;

namespace ParIndex.Analysis;

/// <summary>The sources of uncertainty of a Monte Carlo rank analysis (<see cref="RankUncertainty"/>), each optional, and
/// its size (độ bất định).</summary>
/// <remarks>Immutable; set with an object initialiser.</remarks>
public sealed class UncertaintyOptions
{
    /// <summary>Gets the defaults: 1,000 runs, seed 2017, survey standard error 0, no noise on the maxima.</summary>
    public static UncertaintyOptions Default { get; } = new();

    /// <summary>Gets the number of runs (lần mô phỏng); 1,000 by default.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Gets the seed: the same seed gives the same results whatever the number of threads.</summary>
    public ulong Seed { get; init; } = 2017;

    /// <summary>Gets the standard error, in percentage points, of the survey result behind each survey leaf
    /// (<see cref="Rules.ScoringRule.SurveyPercentage"/>) of a unit, by unit code — e.g. from a SIPAS interval with
    /// <see cref="RankUncertainty.StandardErrorFromInterval"/>. Units not named use <see cref="SurveyStandardError"/>.</summary>
    public ImmutableDictionary<string, decimal> SurveyStandardErrors { get; init; } = ImmutableDictionary<string, decimal>.Empty;

    /// <summary>Gets the survey standard error, in percentage points, of units not in <see cref="SurveyStandardErrors"/>; 0 by default.</summary>
    public decimal SurveyStandardError { get; init; }

    /// <summary>Gets the noise on the leaves' maxima (weights) as a fraction: each run multiplies every leaf's maximum
    /// and points by a factor drawn uniformly from [1 − x, 1 + x] (0.1 for ± 10 %); 0 by default.</summary>
    public decimal MaximaNoise { get; init; }

    /// <summary>Gets the ranking policies to choose among: each run ranks under one of them, drawn with equal
    /// probability (e.g. exact values against two decimals); <see cref="RankingOptions.Default"/> alone when empty.
    /// The first one gives the nominal ranking, the groups and the group thresholds.</summary>
    public ImmutableArray<RankingOptions> Rankings { get; init; } = [];

    /// <summary>Gets alternative methodologies to choose among (phương án phương pháp luận), e.g. the scorecards'
    /// methodology with a band threshold moved or other maxima: each run scores every unit under the scorecards' own
    /// methodology or one of these, drawn with equal probability; the scorecards' own gives the nominal ranking. Each
    /// must have the scorecards' leaves (the same codes, each reading the same kind of value) and sum points (<see cref="Aggregation.SumOfPoints"/>);
    /// every unit is scored once under each, with the options its scorecard was scored with. Empty by default.</summary>
    public ImmutableArray<Methodology> Methodologies { get; init; } = [];

    /// <summary>Gets N of "the probability of being in the top N"; 10 by default.</summary>
    public int TopN { get; init; } = 10;

    /// <summary>Gets the most threads to use; the processor count when null. The results do not depend on it.</summary>
    public int? MaxThreads { get; init; }
}
