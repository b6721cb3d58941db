using System.Collections.Immutable;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Analysis;

/// <summary>
/// What it takes a scored unit to reach a <see cref="GapTarget"/> (cần bao nhiêu điểm để đạt chỉ tiêu): the points
/// needed, the points lost per area and per leaf, each leaf's least change that alone closes the gap, and the cheapest
/// combination of changes.
/// </summary>
/// <remarks>
/// <see cref="Exact"/> ranks exact indices, <see cref="Published"/> indices rounded to the published two decimals, both
/// under the options' ties and groups; <see cref="Gap"/> is the one the options' ranking uses, and the leaves and the
/// combination close it. Immutable.
/// </remarks>
public sealed class GapReport
{
    internal GapReport(Scorecard scorecard, GapOptions options, IndexGap exact, IndexGap published, IndexGap gap, ImmutableArray<NodeScore> areas, ImmutableArray<LeafGap> leaves, ImmutableArray<LeafChange>? combination)
    {
        Scorecard = scorecard;
        Options = options;
        Exact = exact;
        Published = published;
        Gap = gap;
        Areas = areas;
        Leaves = leaves;
        LeastCombination = combination;
    }

    /// <summary>Gets the unit's scorecard.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>Gets the target.</summary>
    public GapTarget Target => Gap.Target;

    /// <summary>Gets the options used.</summary>
    public GapOptions Options { get; }

    /// <summary>Gets the gap when exact indices are ranked.</summary>
    public IndexGap Exact { get; }

    /// <summary>Gets the gap when indices are rounded to the published two decimals (half away from zero) first.</summary>
    public IndexGap Published { get; }

    /// <summary>Gets the gap under the options' own ranking (one of <see cref="Exact"/> and <see cref="Published"/> unless
    /// the options round to other decimals).</summary>
    public IndexGap Gap { get; }

    /// <summary>Gets the index points needed under the options' ranking (0 when met).</summary>
    public decimal IndexPointsNeeded => Gap.IndexPointsNeeded;

    /// <summary>Gets the methodology points needed under the options' ranking (0 when met): the least points, to the
    /// scorer's 10 decimals, that reach the target, minus the points obtained.</summary>
    public decimal PointsNeeded => Gap.PointsNeeded ?? 0m;

    /// <summary>Gets the areas' scores, in the methodology's order: the points lost per area are their
    /// <see cref="NodeScore.LostPoints"/>.</summary>
    public ImmutableArray<NodeScore> Areas { get; }

    /// <summary>Gets every leaf, in the methodology's order.</summary>
    public ImmutableArray<LeafGap> Leaves { get; }

    /// <summary>Gets the cheapest combination of leaf changes (at most one per leaf) that closes the gap — empty when the
    /// target is met, <see langword="null"/> when no combination can reach it.</summary>
    public ImmutableArray<LeafChange>? LeastCombination { get; }

    /// <inheritdoc/>
    public override string ToString() => Gap + Invariant.Format($"; {Invariant.Format(PointsNeeded)} points needed");
}
