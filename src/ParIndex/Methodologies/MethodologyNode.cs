namespace ParIndex.Methodologies;

/// <summary>
/// A node of a methodology's tree: an <see cref="Area"/> (lĩnh vực) or a <see cref="Criterion"/> (tiêu chí, tiêu chí
/// thành phần), with its code, names and maximum points (điểm tối đa).
/// </summary>
/// <remarks>
/// Nodes are built with object initialisers and are immutable once built. A node on its own is not checked beyond
/// nulls: the <see cref="Methodology"/> that contains it validates the whole tree and reports every problem at once.
/// Names are stored in Unicode NFC. Equality is by value over the whole subtree. Thread-safe.
/// </remarks>
public abstract class MethodologyNode : IEquatable<MethodologyNode>
{
    private readonly string _code = string.Empty;
    private readonly string _name = string.Empty;
    private readonly string? _englishName;

    private protected MethodologyNode()
    {
    }

    /// <summary>Gets the code as printed in the decision: "1", "2.1", "2.1.3" (a key: trimmed, without zero-width
    /// characters, in NFC).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public required string Code
    {
        get => _code;
        init => _code = Text.Key(Preconditions.CheckNotNull(value, nameof(Code)));
    }

    /// <summary>Gets the Vietnamese name, exactly as in the decision (Unicode NFC).</summary>
    /// <exception cref="ArgumentNullException">The value set is null.</exception>
    public required string Name
    {
        get => _name;
        init => _name = Text.Nfc(Preconditions.CheckNotNull(value, nameof(Name)));
    }

    /// <summary>Gets the English name, or <see langword="null"/>.</summary>
    public string? EnglishName
    {
        get => _englishName;
        init => _englishName = value is null ? null : Text.Nfc(value);
    }

    /// <summary>Gets the maximum points (điểm tối đa). For a node with children it must equal the sum of theirs.</summary>
    public required decimal MaxPoints { get; init; }

    /// <summary>Gets the node's weight (trọng số) in its parent's weighted mean, or <see langword="null"/>. Only a child of
    /// a node (or an area of a methodology) whose <see cref="Aggregation"/> is a weighted mean may carry one, and there
    /// every child must, above 0; under a sum of points the maxima carry the weighting and a weight is an error.</summary>
    public decimal? Weight { get; init; }

    /// <summary>Gets how the node's children combine into it: <see cref="Aggregation.SumOfPoints"/> (the default, the
    /// PAR Index) or a weighted mean of their percentages. A leaf keeps the default.</summary>
    public Aggregation Aggregation { get; init; }

    // Held here for both kinds of node, which set it under their own names (Area.Criteria, Criterion.SubCriteria).
    /// <summary>Gets the children: the criteria of an area, the sub-criteria of a criterion; empty for a leaf.</summary>
    public ImmutableArray<Criterion> Children
    {
        get;
        private protected init => field = value.IsDefault ? ImmutableArray<Criterion>.Empty : value;
    } = ImmutableArray<Criterion>.Empty;

    /// <summary>Gets whether the node has no children (and so, for a criterion, carries the scoring rule).</summary>
    public bool IsLeaf => Children.IsEmpty;

    /// <summary>Formats the node as "1.1.4 Mức độ thực hiện kế hoạch CCHC (2)".</summary>
    /// <returns>Code, name and maximum points.</returns>
    public override string ToString() => Code + " " + Name + " (" + Invariant.Format(MaxPoints) + ")";

    // Written by hand, not a record: the children compare as a sequence, which a record compares by reference, and each
    // kind of node adds its own parts (EqualsOwnParts).
    /// <summary>Compares the whole subtree by value.</summary>
    /// <param name="other">The node to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(MethodologyNode? other) =>
        other is not null
        && other.GetType() == GetType()
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(EnglishName, other.EnglishName, StringComparison.Ordinal)
        && MaxPoints == other.MaxPoints
        && Weight == other.Weight
        && Aggregation == other.Aggregation
        && Children.SequenceEqual(other.Children)
        && EqualsOwnParts(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MethodologyNode);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType(), Code, Name, MaxPoints, Children.Length);

    private protected abstract bool EqualsOwnParts(MethodologyNode other);
}
