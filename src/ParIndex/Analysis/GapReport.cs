using ParIndex.Rankings;
using ParIndex.Scoring;

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
    internal GapReport()
    {
    }

    /// <summary>Gets the unit's scorecard.</summary>
    public Scorecard Scorecard { get; internal init; } = null!;

    /// <summary>Gets the target.</summary>
    public GapTarget Target => Gap.Target;

    /// <summary>Gets the ranking's ties, rounding and groups used.</summary>
    public RankingOptions Options { get; internal init; } = null!;

    /// <summary>Gets the gap when exact indices are ranked.</summary>
    public IndexGap Exact { get; internal init; } = null!;

    /// <summary>Gets the gap when indices are rounded to the published two decimals (half away from zero) first.</summary>
    public IndexGap Published { get; internal init; } = null!;

    /// <summary>Gets the gap under the options' own ranking (one of <see cref="Exact"/> and <see cref="Published"/> unless
    /// the options round to other decimals).</summary>
    public IndexGap Gap { get; internal init; } = null!;

    /// <summary>Gets the index points needed under the options' ranking (0 when met).</summary>
    public decimal IndexPointsNeeded => Gap.IndexPointsNeeded;

    /// <summary>Gets the methodology points needed under the options' ranking (0 when met): the least points, to the
    /// scorer's 10 decimals, that reach the target, minus the points obtained.</summary>
    public decimal PointsNeeded => Gap.PointsNeeded ?? 0m;

    /// <summary>Gets the areas' scores, in the methodology's order: the points lost per area are their
    /// <see cref="NodeScore.LostPoints"/>.</summary>
    public ImmutableArray<NodeScore> Areas { get; internal init; }

    /// <summary>Gets every leaf, in the methodology's order.</summary>
    public ImmutableArray<LeafGap> Leaves { get; internal init; }

    /// <summary>Gets the cheapest combination of leaf changes (at most one per leaf) that closes the gap — empty when the
    /// target is met, <see langword="null"/> when no combination can reach it.</summary>
    public ImmutableArray<LeafChange>? LeastCombination { get; internal init; }

    /// <summary>What a scored unit needs to reach a target among other scorecards: points, lost points, the leaves that
    /// close the gap alone and the cheapest combination.</summary>
    /// <param name="unit">The unit's scorecard.</param>
    /// <param name="scorecards">The scorecards it is ranked among; the unit's own (by code) is left out. May be empty
    /// for an index or group target.</param>
    /// <param name="target">The target.</param>
    /// <param name="options">The ranking's ties, rounding and groups; <see cref="RankingOptions.Default"/> when null.</param>
    /// <param name="costPerPoint">The cost of one point on a leaf, by leaf code (e.g. what a point of a survey leaf takes
    /// against one of an appraised leaf), for the cheapest combination; each cost more than 0, each code a leaf of the
    /// unit's methodology, read as a criterion's code is (trimmed, without zero-width characters, in Unicode NFC; one code
    /// written two such ways is refused). Leaves not named cost <paramref name="defaultCostPerPoint"/>. None when null.</param>
    /// <param name="defaultCostPerPoint">The cost of one point on a leaf not in <paramref name="costPerPoint"/>; 1 by
    /// default (equal cost per point). More than 0.</param>
    /// <remarks>
    /// The other units' values stay as they are; only the unit's own index moves. The rank follows the ranking's rules
    /// (<see cref="Ranking"/>): ties (standard, dense, ordinal by name then code) and rounding. Thread-safe.
    /// </remarks>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">Two scorecards share a code, the group is not in the scheme, a cost is not
    /// more than 0 or names no leaf of the unit's methodology (codes compared ordinally, as written), or the methodology takes a weighted mean anywhere (a leaf's point is then not a point of the
    /// total, which the search for the least combination assumes).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rank target past the last rank: N is more than the number of
    /// units (the unit and the other scorecards).</exception>
    public static GapReport Compute(Scorecard unit, IEnumerable<Scorecard> scorecards, GapTarget target, RankingOptions? options = null,
        IReadOnlyDictionary<string, decimal>? costPerPoint = null, decimal defaultCostPerPoint = 1m) =>
        GapAnalysis.ForScorecard(unit, scorecards, target, options, costPerPoint, defaultCostPerPoint);

    /// <inheritdoc/>
    public override string ToString() => Gap + Invariant.Format($"; {Invariant.Format(PointsNeeded)} points needed");
}
