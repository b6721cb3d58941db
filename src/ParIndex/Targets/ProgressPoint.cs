namespace ParIndex.Targets;

/// <summary>One year of a target's progress: the value chosen for that year, whether it would meet the goal, and the gap.</summary>
/// <remarks>Immutable.</remarks>
internal sealed class ProgressPoint
{
    /// <summary>Gets the year.</summary>
    public int Year => Value.Year;

    /// <summary>Gets the value chosen for the year (see <see cref="TargetEvaluation"/> for the choice).</summary>
    public required ReportedValue Value { get; init; }

    /// <summary>Gets whether this value would meet the goal.</summary>
    public required bool MeetsGoal { get; init; }

    /// <summary>Gets the gap in the goal's unit (see <see cref="Goal.Gap"/>), or <see langword="null"/> for a group or yes/no goal.</summary>
    public required decimal? Gap { get; init; }

    /// <summary>Formats as "2019: 45% (gap -5)".</summary>
    /// <returns>The point as text.</returns>
    public override string ToString() =>
        Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Value.ValueText
        + (Gap is { } gap ? " (gap " + Utility.Invariant.Format(gap) + ")" : string.Empty) + (MeetsGoal ? ", meets the goal" : string.Empty);
}
