using System.Globalization;
using NodaTime;

namespace ParIndex.Targets;

/// <summary>When a target is due (thời hạn): a year, a date, or the end of a phase of the plan.</summary>
/// <remarks>A target is measured by the value for <see cref="Year"/> and is due on <see cref="Due"/>: the date itself,
/// or 31 December of the year or of the phase's last year. Immutable; equality by value.</remarks>
public sealed record Deadline
{
    private Deadline()
    {
    }

    /// <summary>Gets how the deadline is stated.</summary>
    internal DeadlineKind Kind { get; private init; }

    /// <summary>Gets the year whose value decides the target.</summary>
    public int Year { get; private init; }

    /// <summary>Gets the day the target is due.</summary>
    public LocalDate Due { get; private init; }

    /// <summary>Gets the phase, for a deadline made by <see cref="EndOf"/>; otherwise <see langword="null"/>.</summary>
    public PlanPhase? Phase { get; private init; }

    /// <summary>A deadline of a year ("đến năm 2020"): due on 31 December.</summary>
    /// <param name="year">The year, 1945–9999.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static Deadline InYear(int year)
    {
        ArgumentProblem.ThrowIf(CheckYear(nameof(year), year));
        return new Deadline { Kind = DeadlineKind.Year, Year = year, Due = new LocalDate(year, 12, 31) };
    }

    /// <summary>A deadline on a date.</summary>
    /// <param name="date">The date; its year's value decides the target.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1945–9999.</exception>
    public static Deadline On(LocalDate date)
    {
        ArgumentProblem.ThrowIf(CheckYear(nameof(date), date.Year));
        return new Deadline { Kind = DeadlineKind.Date, Year = date.Year, Due = date };
    }

    /// <summary>What <see cref="InYear"/> and <see cref="On"/> refuse: a year outside 1945–9999.</summary>
    internal static ArgumentProblem? CheckYear(string paramName, int year) => ArgumentProblem.Range(paramName, year, PlanYears.First, PlanYears.Last);

    /// <summary>A deadline at the end of a phase ("trong giai đoạn 1"): due on 31 December of its last year.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phase"/> is null.</exception>
    public static Deadline EndOf(PlanPhase phase)
    {
        Preconditions.CheckNotNull(phase, nameof(phase));
        return new Deadline { Kind = DeadlineKind.Phase, Year = phase.LastYear, Due = new LocalDate(phase.LastYear, 12, 31), Phase = phase };
    }

    /// <summary>Tells whether the target is due on a date (the deadline is that day or earlier).</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns><see langword="true"/> when <paramref name="asOf"/> is on or after <see cref="Due"/>.</returns>
    public bool IsDueOn(LocalDate asOf) => asOf >= Due;

    /// <summary>Formats as "2020", "2013-06-30" or "giai đoạn 1 (2011–2015)".</summary>
    /// <returns>The deadline as text.</returns>
    public override string ToString() => Kind switch
    {
        DeadlineKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        DeadlineKind.Date => Due.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        _ => Phase!.ToString(),
    };
}
