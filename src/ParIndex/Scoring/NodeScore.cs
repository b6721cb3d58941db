using ParIndex.Methodologies;

namespace ParIndex.Scoring;

/// <summary>The result of one node of a scorecard: points obtained, applicable maximum, percentage, and for a leaf
/// its explanation (điểm).</summary>
/// <remarks>Made on request from a scorecard. Immutable; equal when the node, points, maximum, weight share and explanation are equal.</remarks>
public sealed record NodeScore
{
    internal NodeScore()
    {
    }

    /// <summary>Gets the node.</summary>
    public MethodologyNode Node { get; internal init; } = null!;

    /// <summary>Gets the node's code.</summary>
    public string Code => Node.Code;

    /// <summary>Gets the points obtained (exact).</summary>
    public decimal Points { get; internal init; }

    /// <summary>Gets the applicable maximum: the node's maximum less its leaves declared not applicable.</summary>
    public decimal MaxPoints { get; internal init; }

    /// <summary>Gets whether anything under the node applies to the unit.</summary>
    public bool IsApplicable => MaxPoints > 0m;

    /// <summary>Gets points ÷ applicable maximum × 100 (exact), or <see langword="null"/> when nothing applies. For an area
    /// this is its component index (chỉ số thành phần).</summary>
    public decimal? Percent => IsApplicable ? Points / MaxPoints * 100m : null;

    /// <summary>Gets the share of its parent's weighted mean this node took: its weight ÷ the sum of the weights of its
    /// applicable siblings (0.6 and 0.6 give 0.5 each); <see langword="null"/> under a sum of points or when nothing of the
    /// node applies.</summary>
    public decimal? WeightShare { get; internal init; }

    /// <summary>Gets the points lost (điểm bị mất): <see cref="MaxPoints"/> − <see cref="Points"/>, what a gap analysis
    /// reports per area.</summary>
    public decimal LostPoints => MaxPoints - Points;

    /// <summary>Gets the explanation of a leaf, or <see langword="null"/> for a node with children.</summary>
    public LeafExplanation? Explanation { get; internal init; }

    /// <summary>Formats the node as "1.1 Kế hoạch CCHC năm: 4.5 / 5", with "(weight 0.6, share 0.5)" when it took part
    /// in a weighted mean.</summary>
    /// <returns>Code, name, points and maximum, and the weight used.</returns>
    public override string ToString() =>
        Code + " " + Node.Name + ": " + Utility.Invariant.Format(Points) + " / " + Utility.Invariant.Format(MaxPoints)
        + (WeightShare is { } share ? " (weight " + Utility.Invariant.Format(Node.Weight!.Value) + ", share " + Utility.Invariant.Format(decimal.Round(share, 4)) + ")" : string.Empty);
}
