namespace ParIndex.Methodologies;

/// <summary>An area (lĩnh vực đánh giá) of a methodology, e.g. "Cải cách thủ tục hành chính"; its points form a
/// component index (chỉ số thành phần).</summary>
/// <remarks>An area must have at least one criterion, and their maxima must sum to the area's.</remarks>
public sealed class Area : MethodologyNode
{
    /// <summary>Gets the criteria (tiêu chí) of the area: its <see cref="MethodologyNode.Children"/>.</summary>
    public ImmutableArray<Criterion> Criteria
    {
        get => Children;
        init => Children = value;
    }

    private protected override bool EqualsOwnParts(MethodologyNode other) => true;
}
