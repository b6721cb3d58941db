namespace ParIndex.Composites;

/// <summary>One unit's place in a composite result (xếp hạng): its rank and the value ranked.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record CompositeRank
{
    internal CompositeRank()
    {
    }

    /// <summary>Gets the rank, from 1 (the highest value); equal values share the lowest rank (1, 2, 2, 4).</summary>
    public int Rank { get; internal init; }

    /// <summary>Gets the unit's code.</summary>
    public string UnitCode { get; internal init; } = null!;

    /// <summary>Gets the unit's name.</summary>
    public string UnitName { get; internal init; } = null!;

    /// <summary>Gets the value ranked, exact (not rounded).</summary>
    public double Value { get; internal init; }

    /// <summary>Gets the period (<c>Time</c>) within which panel data is ranked, or <see langword="null"/> for a cross-section.</summary>
    public int? Time { get; internal init; }

    /// <summary>Formats as "1. CHE Switzerland 68.3812": rank, code, name, the value to two to four decimals; for panel
    /// data the period follows ("1. CHE Switzerland 68.3812 (2019)").</summary>
    /// <returns>The row as text.</returns>
    public override string ToString() => Invariant.Format($"{Rank}. {UnitCode} {UnitName} {Value:0.00##}") + (Time is { } t ? Invariant.Format($" ({t})") : string.Empty);
}
