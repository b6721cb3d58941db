namespace ParIndex.Methodologies;

/// <summary>An area (lĩnh vực đánh giá) of a methodology, e.g. "Cải cách thủ tục hành chính"; its points form a
/// component index (chỉ số thành phần).</summary>
/// <remarks>An area must have at least one criterion, and their maxima must sum to the area's.</remarks>
public sealed class Area : MethodologyNode
{
    private readonly ImmutableArray<Criterion> _criteria = ImmutableArray<Criterion>.Empty;

    /// <summary>Gets the criteria (tiêu chí) of the area.</summary>
    public ImmutableArray<Criterion> Criteria
    {
        get => _criteria;
        init => _criteria = OrEmpty(value);
    }

    /// <inheritdoc/>
    public override ImmutableArray<Criterion> Children => _criteria;

    private protected override bool EqualsOwnParts(MethodologyNode other) => true;
}
