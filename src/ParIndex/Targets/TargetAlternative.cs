namespace ParIndex.Targets;

/// <summary>
/// Another way a plan lets a target be met ("… đạt từ 30% trở lên (hoặc … đạt từ 50% trở lên)"): an indicator and a
/// goal of its own, under the target's deadline and scope.
/// </summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record TargetAlternative
{
    /// <summary>Creates an alternative.</summary>
    /// <param name="indicator">What it measures.</param>
    /// <param name="goal">What it asks for.</param>
    /// <param name="note">The plan's wording or a remark, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="goal"/> is null.</exception>
    public TargetAlternative(Indicator indicator, Goal goal, string? note = null)
    {
        Indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Goal = Preconditions.CheckNotNull(goal, nameof(goal));
        Note = string.IsNullOrWhiteSpace(note) ? null : Text.Nfc(note.Trim());
    }

    /// <summary>Gets what it measures.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets what it asks for.</summary>
    public Goal Goal { get; }

    /// <summary>Gets the note, if any.</summary>
    public string? Note { get; }

    /// <summary>Formats as "indicator goal".</summary>
    /// <returns>The alternative as text.</returns>
    public override string ToString() => Indicator.Id + " " + Goal;
}
