namespace ParIndex.Analysis;

/// <summary>One unit's rank in a composite indicator over the runs of <see cref="RankUncertainty.Run(Composites.CompositeModel, Composites.CompositePipeline, CompositeUncertaintyOptions?, System.IProgress{int}?, System.Threading.CancellationToken)"/>: nominal, mean,
/// median and the 5–95 % interval (khoảng tin cậy của thứ hạng), as COINr's <c>get_sensitivity</c> summarises them.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CompositeUnitUncertainty
{
    internal CompositeUnitUncertainty()
    {
    }

    /// <summary>Gets the unit's code.</summary>
    public string UnitCode { get; internal init; } = null!;

    /// <summary>Gets the unit's name.</summary>
    public string UnitName { get; internal init; } = null!;

    /// <summary>Gets the rank under the main pipeline without noise (ties share the lowest rank).</summary>
    public int NominalRank { get; internal init; }

    /// <summary>Gets the index under the main pipeline without noise, exact.</summary>
    public double NominalValue { get; internal init; }

    /// <summary>Gets the mean rank over the runs.</summary>
    public double MeanRank { get; internal init; }

    /// <summary>Gets the median rank (the lowest rank with at least half of the runs at or above it).</summary>
    public int MedianRank { get; internal init; }

    /// <summary>Gets the 5th percentile of the rank (the better end of the interval).</summary>
    public int Low { get; internal init; }

    /// <summary>Gets the 95th percentile of the rank (the worse end of the interval).</summary>
    public int High { get; internal init; }

    /// <summary>Gets how many runs gave each rank: element r − 1 counts rank r.</summary>
    public ImmutableArray<int> RankCounts { get; internal init; }

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{UnitCode} {UnitName}: rank {NominalRank}, mean {MeanRank:0.00}, median {MedianRank}, 90% interval [{Low}, {High}]");
}
