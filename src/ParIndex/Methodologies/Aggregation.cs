namespace ParIndex.Methodologies;

/// <summary>How a node's children combine into the node (cách tổng hợp): the PAR Index sums points; many provincial
/// and composite indices take a weighted mean (bình quân gia quyền) of the children's percentages instead.</summary>
/// <remarks>Set on a node (<see cref="MethodologyNode.Aggregation"/>) for its children and on a
/// <see cref="Methodology"/> for its areas. The weights are the children's <see cref="MethodologyNode.Weight"/>.</remarks>
public enum Aggregation
{
    /// <summary>The node's points are the sum of its children's points (cộng điểm), and the children's maxima sum to the
    /// node's: the maxima carry the weighting, as in every PAR Index decision (1294/QĐ-BNV, 876/QĐ-BNV). No child may
    /// carry a weight.</summary>
    SumOfPoints = 0,

    /// <summary>The node's percentage is Σ wᵢ × pᵢ ÷ Σ wᵢ over its applicable children (pᵢ a child's points ÷ its
    /// maximum); every child carries a weight above 0 and the weights sum to exactly 1. The node's points are that
    /// percentage of its own maximum; the children's maxima are their own scales and need not sum to it.</summary>
    WeightedMean = 1,

    /// <summary>As <see cref="WeightedMean"/>, but the weights may be on any positive scale (3 and 1, 60 and 40): each is
    /// divided by their sum (normalised), as declared.</summary>
    NormalisedWeightedMean = 2,
}
