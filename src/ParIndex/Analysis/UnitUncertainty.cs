using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>One unit's rank over the runs of a Monte Carlo analysis: nominal, mean, median, the 5–95 % interval, and
/// the probabilities of each group and of the top N (khoảng tin cậy của thứ hạng).</summary>
/// <remarks>Immutable.</remarks>
public sealed class UnitUncertainty
{
    internal UnitUncertainty()
    {
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; internal init; } = null!;

    /// <summary>Gets the rank without noise, under the first ranking policy.</summary>
    public int NominalRank { get; internal init; }

    /// <summary>Gets the index without noise.</summary>
    public decimal NominalIndex { get; internal init; }

    /// <summary>Gets the mean rank over the runs.</summary>
    public double MeanRank { get; internal init; }

    /// <summary>Gets the median rank (the lowest rank with at least half of the runs at or above it).</summary>
    public int MedianRank { get; internal init; }

    /// <summary>Gets the 5th percentile of the rank (the better end of the interval).</summary>
    public int Low { get; internal init; }

    /// <summary>Gets the 95th percentile of the rank (the worse end of the interval).</summary>
    public int High { get; internal init; }

    /// <summary>Gets the share of runs in which the unit ranked N or better (<see cref="UncertaintyOptions.TopN"/>).</summary>
    public double ProbabilityTopN { get; internal init; }

    /// <summary>Gets the share of runs in each group, by group name; the rest of the runs are below every group.</summary>
    public ImmutableDictionary<string, double> GroupProbabilities { get; internal init; } = null!;

    /// <summary>Gets how many runs gave each rank: element r − 1 counts rank r.</summary>
    public ImmutableArray<int> RankCounts { get; internal init; }

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{Unit.Code} {Unit.Name}: rank {NominalRank}, mean {MeanRank:0.00}, median {MedianRank}, 90% interval [{Low}, {High}], top N {ProbabilityTopN:0.000}");
}
