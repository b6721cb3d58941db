using ParIndex.Rules;

namespace ParIndex.Methodologies;

/// <summary>
/// A criterion (tiêu chí) or sub-criterion (tiêu chí thành phần), at any depth below an area. A leaf carries the
/// scoring rule and the way it is assessed; a criterion with sub-criteria sums them.
/// </summary>
public sealed class Criterion : MethodologyNode
{
    /// <summary>Gets the sub-criteria, its <see cref="MethodologyNode.Children"/>; empty for a leaf.</summary>
    public ImmutableArray<Criterion> SubCriteria
    {
        get => Children;
        init => Children = value;
    }

    /// <summary>Gets the scoring rule of a leaf (cách chấm điểm); <see langword="null"/> for a criterion with sub-criteria.</summary>
    public ScoringRule? Rule { get; init; }

    /// <summary>Gets how the leaf is assessed (phương pháp đánh giá): self-assessment appraised, sociological survey or
    /// another method; not used for a criterion with sub-criteria. A methodology JSON writes it as the leaf's
    /// <c>"source"</c>.</summary>
    public AssessmentMethod AssessedBy { get; init; }

    private protected override bool EqualsOwnParts(MethodologyNode other) =>
        other is Criterion criterion && AssessedBy == criterion.AssessedBy && Equals(Rule, criterion.Rule);
}
