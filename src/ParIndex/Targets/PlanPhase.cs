namespace ParIndex.Targets;

/// <summary>A phase of a multi-year plan (giai đoạn), e.g. "giai đoạn 1", 2011–2015.</summary>
/// <remarks>Immutable; equality by value.</remarks>
public sealed record PlanPhase
{
    /// <summary>Creates a phase.</summary>
    /// <param name="name">Its name as the plan gives it.</param>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year, not before the first.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1945–9999, or the last is before the first.</exception>
    public PlanPhase(string name, int firstYear, int lastYear)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        ArgumentProblem.ThrowIf(Check(name, firstYear, lastYear));
        Name = Text.Nfc(name.Trim());
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the first year.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year.</summary>
    public int LastYear { get; }

    /// <summary>Formats as "giai đoạn 1 (2011–2015)".</summary>
    /// <returns>The phase as text.</returns>
    public override string ToString() => Invariant.Format($"{Name} ({FirstYear}–{LastYear})");

    /// <summary>What the constructor refuses in its arguments, or <see langword="null"/>.</summary>
    internal static ArgumentProblem? Check(string name, int firstYear, int lastYear) =>
        ArgumentProblem.Blank(nameof(name), name)
        ?? ArgumentProblem.Range(nameof(firstYear), firstYear, PlanYears.First, PlanYears.Last)
        ?? ArgumentProblem.Range(nameof(lastYear), lastYear, firstYear, PlanYears.Last);
}
