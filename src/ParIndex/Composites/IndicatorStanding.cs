namespace ParIndex.Composites;

/// <summary>One indicator of a unit's strengths or weaknesses: the indicator, the unit's rank on it among all units
/// (1 = best, direction applied, ties share the lowest rank) and the unit's value.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record IndicatorStanding
{
    internal IndicatorStanding()
    {
    }

    /// <summary>Gets the indicator's code.</summary>
    public string Code { get; internal init; } = null!;

    /// <summary>Gets the indicator's name, or <see langword="null"/>.</summary>
    public string? Name { get; internal init; }

    /// <summary>Gets the code of the indicator's parent (its pillar), or <see langword="null"/>.</summary>
    public string? Parent { get; internal init; }

    /// <summary>Gets the unit's rank on the indicator, from 1.</summary>
    public int Rank { get; internal init; }

    /// <summary>Gets the unit's value, as in the data set ranked (not direction-adjusted).</summary>
    public double Value { get; internal init; }

    /// <summary>Formats as "Tourist (P2P): rank 2, 75.3".</summary>
    /// <returns>Code, parent, rank and value.</returns>
    public override string ToString() => Code + (Parent is null ? string.Empty : " (" + Parent + ")") + Invariant.Format($": rank {Rank}, {Value:G4}");
}
