using System.Globalization;
using NodaTime;

namespace ParIndex.Rules;

/// <summary>
/// Timeliness in three levels (kịp thời / không kịp thời / không thực hiện): a task done by its due date, done late,
/// or not done — "Ban hành kịp thời: 1 / Ban hành không kịp thời: 0,5 / Không ban hành: 0" (Cà Mau 1880/QĐ-UBND, TCTP 1.1.1).
/// </summary>
/// <remarks>
/// The due date is an <see cref="AnnualDate"/> placed in a year relative to the assessment year, so one methodology
/// serves many years: a plan due by 31 December of the year before is <c>new AnnualDate(12, 31)</c> with offset -1.
/// A task completed on the due date is on time. Steps: 0 on time, 1 late, 2 not done.
/// </remarks>
internal sealed class TimelinessRule : BuiltInRule<TimelinessRule>
{
    /// <summary>Creates a timeliness rule.</summary>
    /// <param name="due">The day and month by which the task is due.</param>
    /// <param name="dueYearOffset">The year of the due date relative to the assessment year (0 the same year, -1 the year
    /// before, 1 the year after); a valid methodology keeps it within −2 to 2 (<see cref="Validate"/> reports others).</param>
    /// <param name="onTimePoints">Points for a task completed on or before the due date.</param>
    /// <param name="latePoints">Points for a task completed after the due date.</param>
    /// <param name="notDonePoints">Points for a task not done.</param>
    public TimelinessRule(AnnualDate due, int dueYearOffset, decimal onTimePoints, decimal latePoints, decimal notDonePoints = 0m)
    {
        Due = due;
        DueYearOffset = dueYearOffset;
        OnTimePoints = onTimePoints;
        LatePoints = latePoints;
        NotDonePoints = notDonePoints;
        Compiled = CompiledRule.Timeliness(due, dueYearOffset, onTimePoints, latePoints, notDonePoints);
    }

    /// <summary>The largest due-year offset either way: a methodology's deadlines fall in the assessment year or next
    /// to it (a plan due the year before, a report due early the year after); 2024 is a year typed as an offset.</summary>
    internal const int MaxDueYearOffset = 2;

    /// <summary>Gets the day and month of the due date.</summary>
    public AnnualDate Due { get; }

    /// <summary>Gets the year of the due date relative to the assessment year.</summary>
    public int DueYearOffset { get; }

    /// <summary>Gets the points for a task completed on time.</summary>
    public decimal OnTimePoints { get; }

    /// <summary>Gets the points for a task completed late.</summary>
    public decimal LatePoints { get; }

    /// <summary>Gets the points for a task not done.</summary>
    public decimal NotDonePoints { get; }

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Completion;

    /// <summary>Gets the due date in a given assessment year (29 February becomes 28 February in a common year).</summary>
    /// <param name="assessmentYear">The assessment year.</param>
    /// <returns>The due date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The due date's year is outside the ISO calendar (−9998 to 9999).</exception>
    public LocalDate DueDate(int assessmentYear) => Due.InYear(assessmentYear + DueYearOffset);

    // The due year as a long (an offset cannot overflow it), and whether the calendar has it.
    private long DueYear(int assessmentYear) => (long)assessmentYear + DueYearOffset;

    private static bool InCalendar(long year) => year >= CalendarSystem.Iso.MinYear && year <= CalendarSystem.Iso.MaxYear;

    /// <inheritdoc/>
    public override string Describe() =>
        Invariant.Format($"by {Due.ToString("MM-dd", CultureInfo.InvariantCulture)} of the assessment year{OffsetText}: {Invariant.Format(OnTimePoints)}; late: {Invariant.Format(LatePoints)}; not done: {Invariant.Format(NotDonePoints)}");

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, 3);
        var dueYear = DueYear(context.AssessmentYear);
        var due = InCalendar(dueYear)
            ? DueDate(context.AssessmentYear).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : Invariant.Format($"{Due.ToString("MM-dd", CultureInfo.InvariantCulture)} of {dueYear}, outside the calendar");
        var level = outcome.Step switch { 0 => "on time", 1 => "late", _ => "not done" };
        return Invariant.Format($"{value}, due {due}: {level} → {Invariant.Format(outcome.Points)} of {Invariant.Format(context.MaxPoints)}");
    }

    /// <inheritdoc/>
    public override IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints)
    {
        var problems = new List<Diagnostic>();
        foreach (var (points, what) in new[] { (OnTimePoints, "on time"), (LatePoints, "late"), (NotDonePoints, "not done") })
        {
            if (CheckPoints(criterionCode, maxPoints, points, what) is { } problem)
            {
                problems.Add(problem);
            }
        }
        if (!(OnTimePoints >= LatePoints && LatePoints >= NotDonePoints))
        {
            problems.Add(new Diagnostic(DiagnosticKind.InvalidRule, criterionCode, "timeliness points must not rise from on time to late to not done"));
        }
        if (Math.Abs((long)DueYearOffset) > MaxDueYearOffset)
        {
            problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, criterionCode, Invariant.Format(
                $"due year offset {DueYearOffset} is outside {-MaxDueYearOffset} to {MaxDueYearOffset}: it counts years after the assessment year (1 = the next year), it is not a year")));
        }
        return problems;
    }

    private string OffsetText => DueYearOffset switch
    {
        0 => string.Empty,
        -1 => " − 1",
        var offset => offset > 0 ? Invariant.Format($" + {offset}") : Invariant.Format($" − {-offset}"),
    };

    /// <summary>Compares the due date and the points.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(TimelinessRule? other) =>
        other is not null && Due == other.Due && DueYearOffset == other.DueYearOffset
        && OnTimePoints == other.OnTimePoints && LatePoints == other.LatePoints && NotDonePoints == other.NotDonePoints;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Due, DueYearOffset, OnTimePoints, LatePoints, NotDonePoints);
}
