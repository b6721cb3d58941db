using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Analysis;

/// <summary>
/// One leaf's part in a <see cref="GapReport"/>: the points it lost (maximum − obtained), the changes of its input that
/// gain points, and the least change that alone closes the gap, if any (điểm bị mất).
/// </summary>
/// <remarks>
/// Only a scored leaf offers changes; a leaf not applicable, without a survey, missing or given its points offers none.
/// For the discrete rules <see cref="Options"/> holds every reachable better outcome (the nearest input for each);
/// for the continuous rules (<see cref="ScoringRule.Proportional"/>, <see cref="ScoringRule.SurveyPercentage"/>) it holds the
/// maximum, and <see cref="ClosingChange"/> the exact least input. Immutable.
/// </remarks>
public sealed class LeafGap
{
    internal LeafGap(NodeScore score, string areaCode, ImmutableArray<LeafChange> options, LeafChange? closingChange)
    {
        Leaf = (Methodologies.Criterion)score.Node;
        AreaCode = areaCode;
        Status = score.Explanation!.Status;
        Input = score.Explanation.Input;
        Points = score.Points;
        MaxPoints = score.MaxPoints;
        Options = options;
        ClosingChange = closingChange;
    }

    /// <summary>Gets the leaf.</summary>
    public Methodologies.Criterion Leaf { get; }

    /// <summary>Gets the leaf's code.</summary>
    public string Code => Leaf.Code;

    /// <summary>Gets the code of the area (lĩnh vực) the leaf is in.</summary>
    public string AreaCode { get; }

    /// <summary>Gets how the leaf was scored.</summary>
    public LeafStatus Status { get; }

    /// <summary>Gets the reported input, if any.</summary>
    public IndicatorValue? Input { get; }

    /// <summary>Gets the points obtained.</summary>
    public decimal Points { get; }

    /// <summary>Gets the applicable maximum (0 when not applicable).</summary>
    public decimal MaxPoints { get; }

    /// <summary>Gets the points lost: <see cref="MaxPoints"/> − <see cref="Points"/>.</summary>
    public decimal LostPoints => MaxPoints - Points;

    /// <summary>Gets the changes of the input that gain points, nearest input first.</summary>
    public ImmutableArray<LeafChange> Options { get; }

    /// <summary>Gets the least change of this leaf's input that alone closes the gap (the fewest points gained, then the
    /// nearest input), or <see langword="null"/> when it cannot close it alone.</summary>
    public LeafChange? ClosingChange { get; }

    /// <summary>Gets whether this leaf alone can close the gap.</summary>
    public bool ClosesAlone => ClosingChange is not null;

    /// <inheritdoc/>
    public override string ToString() =>
        Invariant.Format($"{Code}: {Invariant.Format(Points)} of {Invariant.Format(MaxPoints)}, lost {Invariant.Format(LostPoints)}")
        + (ClosingChange is { } change ? ", closes alone with " + change.Input : string.Empty);
}
