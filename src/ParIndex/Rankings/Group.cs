namespace ParIndex.Rankings;

/// <summary>A group (nhóm) of a ranking: the units whose value is at least a lower bound and below the next group's.</summary>
/// <remarks>Immutable; equality by name and bound.</remarks>
public sealed record Group
{
    /// <summary>Creates a group.</summary>
    /// <param name="name">The name, e.g. "A".</param>
    /// <param name="lowerBound">The lowest value in the group (inclusive), in the ranking's unit (percent).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public Group(string name, decimal lowerBound)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        LowerBound = lowerBound;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the lowest value in the group (inclusive).</summary>
    public decimal LowerBound { get; }

    /// <summary>Formats the group as "A (≥ 90)".</summary>
    /// <returns>Name and bound.</returns>
    public override string ToString() => Name + " (≥ " + Invariant.Format(LowerBound) + ")";
}
