namespace ParIndex.Targets;

/// <summary>Whom a target covers (phạm vi): levels of government and, when the plan lists them, sectors (lĩnh vực).</summary>
/// <remarks>Immutable; equality by value (sectors in order, NFC, ordinal).</remarks>
internal sealed class TargetScope : IEquatable<TargetScope>
{
    /// <summary>Creates a scope.</summary>
    /// <param name="levels">The levels covered, or <see cref="GovernmentLevels.None"/> when the plan does not say.</param>
    /// <param name="sectors">The sectors named by the plan, or none.</param>
    /// <exception cref="ArgumentException">A sector is null or blank, or <paramref name="levels"/> has undefined bits.</exception>
    public TargetScope(GovernmentLevels levels, IEnumerable<string>? sectors = null)
    {
        Preconditions.CheckArgument((levels & ~(GovernmentLevels.Province | GovernmentLevels.District | GovernmentLevels.Commune)) == 0, nameof(levels), "Unknown government level.");
        Levels = levels;
        Sectors = [.. (sectors ?? []).Select(s => Text.Nfc(Preconditions.CheckNotBlank(s, nameof(sectors)).Trim()))];
    }

    /// <summary>Gets a scope the plan does not state.</summary>
    public static TargetScope Unspecified { get; } = new(GovernmentLevels.None);

    /// <summary>Gets the levels covered.</summary>
    public GovernmentLevels Levels { get; }

    /// <summary>Gets the sectors named by the plan; empty when it names none.</summary>
    public ImmutableArray<string> Sectors { get; }

    /// <summary>Formats as "Province, District; đất đai, thuế".</summary>
    /// <returns>The scope as text.</returns>
    public override string ToString() =>
        Levels.ToString() + (Sectors.IsEmpty ? string.Empty : "; " + string.Join(", ", Sectors));

    /// <summary>Compares levels and sectors.</summary>
    /// <param name="other">The scope to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    // Written by hand, not a record: the sectors compare as a sequence, which a record compares by reference.
    public bool Equals(TargetScope? other) =>
        other is not null && Levels == other.Levels && Sectors.SequenceEqual(other.Sectors, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TargetScope);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Levels, Sectors.Length);
}
