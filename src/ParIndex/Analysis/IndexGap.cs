using ParIndex.Rankings;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>
/// How far a unit's index is from a <see cref="GapTarget"/> under one ranking policy (khoảng cách đến chỉ tiêu): the
/// least index that reaches the target, the index points and (where the maximum is known) the points still needed.
/// </summary>
/// <remarks>
/// The required index is exact: with <see cref="Decimals"/> = 2 it is the least value that rounds (half away from zero)
/// to the needed published value, e.g. 89.995 for group A; with exact ranking, a rank target that ties lose under
/// <see cref="Rankings.TiePolicy.Ordinal"/> needs strictly more (<see cref="IsStrict"/>). Immutable; equal when the
/// unit, the target and every figure are equal.
/// </remarks>
public sealed record IndexGap
{
    internal IndexGap()
    {
    }

    /// <summary>Gets the unit.</summary>
    public AssessedUnit Unit { get; internal init; } = null!;

    /// <summary>Gets the target.</summary>
    public GapTarget Target { get; internal init; } = null!;

    /// <summary>Gets the unit's index now (0–100, exact).</summary>
    public decimal Index { get; internal init; }

    /// <summary>Gets the unit's rank now among the units compared, under the same policy.</summary>
    public int Rank { get; internal init; }

    /// <summary>Gets the decimals indices are rounded to before ranking, or <see langword="null"/> for exact values.</summary>
    public int? Decimals { get; internal init; }

    /// <summary>Gets the least index (exact) that reaches the target; with <see cref="IsStrict"/>, the index must exceed it.</summary>
    public decimal RequiredIndex { get; internal init; }

    /// <summary>Gets whether the index must be strictly above <see cref="RequiredIndex"/> (an ordinal tie lost on the name).</summary>
    public bool IsStrict { get; internal init; }

    /// <summary>Gets whether the index now reaches the target.</summary>
    public bool IsMet => IsStrict ? Index > RequiredIndex : Index >= RequiredIndex;

    /// <summary>Gets whether an index of at most 100 can reach the target.</summary>
    public bool IsReachable => IsStrict ? RequiredIndex < 100m : RequiredIndex <= 100m;

    /// <summary>Gets the index points still needed: <see cref="RequiredIndex"/> − <see cref="Index"/>, or 0 when met
    /// (with <see cref="IsStrict"/>, more than this is needed).</summary>
    public decimal IndexPointsNeeded => IsMet ? 0m : RequiredIndex - Index;

    /// <summary>Gets the applicable maximum the index is a percentage of, when known.</summary>
    public decimal? MaxPoints { get; internal init; }

    /// <summary>Gets the methodology points still needed, when the maximum is known: for a scorecard the least number of
    /// points (to the scorer's 10 decimals) that reaches the target; for a published value the index points × maximum ÷ 100.</summary>
    public decimal? PointsNeeded { get; internal init; }

    /// <summary>The gap of a value (e.g. a published index) to a target among other values.</summary>
    /// <param name="unit">The unit and its index now (0–100).</param>
    /// <param name="others">The other units' values; a value with the unit's code is left out.</param>
    /// <param name="target">The target.</param>
    /// <param name="options">The ranking's ties, rounding and groups; <see cref="RankingOptions.Default"/> when null.</param>
    /// <param name="maxPoints">The methodology's total points, to turn index points into points (e.g. 100 for the PAR
    /// Index since 2022), more than 0; <see langword="null"/> when unknown.</param>
    /// <remarks>
    /// The other units' values stay as they are; only the unit's own index moves. The rank follows the ranking's rules
    /// (<see cref="Ranking"/>): ties (standard, dense, ordinal by name then code) and rounding. Thread-safe.
    /// </remarks>
    /// <returns>The gap.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">Two values share a code, or the group is not in the options' scheme.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rank target past the last rank: N is more than the number of
    /// units (the unit and the others); <paramref name="maxPoints"/> 0 or below.</exception>
    public static IndexGap Compute(UnitValue unit, IEnumerable<UnitValue> others, GapTarget target, RankingOptions? options = null, decimal? maxPoints = null) => GapAnalysis.ForValue(unit, others, target, options, maxPoints);

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{Unit.Code} {Target}: index {PublishedRounding.Index(Index).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} (rank {Rank}), needs {(IsStrict ? "> " : "≥ ")}{Invariant.Format(RequiredIndex)}")
        + (IsMet ? ", met" : IsReachable ? Invariant.Format($", {Invariant.Format(IndexPointsNeeded)} index points to go") : ", out of reach");
}
