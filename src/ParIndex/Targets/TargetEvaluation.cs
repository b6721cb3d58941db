namespace ParIndex.Targets;

/// <summary>
/// Where one target stands on a date: met, not met, not yet due or no data; the value that decided it, with its
/// source; the gap in the target's kind of value; whether it is at risk; and the values of the years up to its deadline (đánh giá kết quả thực hiện chỉ tiêu).
/// </summary>
/// <remarks>
/// <para><b>Which value.</b> A target is decided by the value for its deadline's year (<see cref="Deadline.Year"/>);
/// values of later years do not count for it, nor do values reported (<see cref="ReportedValue.ReportedOn"/>) after the
/// evaluation date. When several values are given for one year, a row of the published record is preferred (an
/// official figure), then the one reported last; remaining ties are broken by source and value, so the result never
/// depends on the order of the input. Published rows of year Y are taken as known from 1 January of Y + 1 (they are
/// announced in the spring).</para>
/// <para><b>Alternatives.</b> The target is met when its own goal or any alternative's goal is met, not met when every
/// one is not met, and otherwise has no data.</para>
/// <para><b>At risk.</b> A target is at risk when it is not yet due and, of its goal and its alternatives, none is met by
/// its latest value (of any year up to the deadline) while at least one has a value: were the deadline today, it would be
/// missed. A target with no value at all is unknown, not at risk; a due target is met or missed, never at risk.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class TargetEvaluation
{
    internal TargetEvaluation(PlanTarget target, TargetStatus status, TargetAlternative? alternative, ProgressPoint? decisive, bool isAtRisk, ImmutableArray<ProgressPoint> progress, string explanation)
    {
        Explanation = explanation;
        Target = target;
        Status = status;
        Alternative = alternative;
        Value = decisive?.Value;
        Gap = decisive?.Gap;
        IsAtRisk = isAtRisk;
        ProgressPoints = progress;
        Progress = [.. progress.Select(p => p.Value)];
    }

    /// <summary>Gets the target.</summary>
    public PlanTarget Target { get; }

    /// <summary>Gets the status.</summary>
    public TargetStatus Status { get; }

    /// <summary>Gets the alternative whose goal and values decided, or <see langword="null"/> when the target's own did.</summary>
    public TargetAlternative? Alternative { get; }

    /// <summary>Gets the goal that decided: the alternative's or the target's own.</summary>
    public Goal Goal => Alternative?.Goal ?? Target.Goal;

    /// <summary>Gets the value used: the deadline year's for a due target, the latest for a target not yet due;
    /// <see langword="null"/> when there is none.</summary>
    public ReportedValue? Value { get; }

    /// <summary>Gets the gap of <see cref="Value"/> in the goal's kind of value (see <see cref="Goal.Gap"/>), or <see langword="null"/>.</summary>
    public decimal? Gap { get; }

    /// <summary>Gets whether the target is at risk (see the remarks).</summary>
    public bool IsAtRisk { get; }

    /// <summary>Gets, for the deciding goal's indicator, the value chosen for each year up to the deadline, oldest first;
    /// <see cref="Goal"/>'s <see cref="Goal.IsMetBy"/> and <see cref="Goal.Gap"/> say how far each one is from the goal.</summary>
    public ImmutableArray<ReportedValue> Progress { get; }

    /// <summary>Gets the progress with each year's verdict against the deciding goal.</summary>
    internal ImmutableArray<ProgressPoint> ProgressPoints { get; }

    /// <summary>Gets why the status is what it is, in English: the value that decided, or what is missing — for no data,
    /// whether the indicator is one a published index measures and what the published record lacks ("no value of par-index
    /// for 2019 was reported, and the published PAR Index record has no rank for Thừa Thiên Huế in 2019").</summary>
    public string Explanation { get; }

    /// <summary>Formats as "hue-01 top 10 by 2019: no data" or "… : met, 2021 84.4% (gap 3.4) from …".</summary>
    /// <returns>The evaluation as text.</returns>
    public override string ToString()
    {
        var status = Status switch
        {
            TargetStatus.Met => "met",
            TargetStatus.NotMet => "not met",
            TargetStatus.NotYetDue => IsAtRisk ? "not yet due, at risk" : "not yet due",
            _ => "no data",
        };
        var head = Target.Id + " " + Goal + " by " + Target.Deadline + ": " + status;
        return Value is null
            ? head
            : head + Invariant.Format($", {Value.Year} {Value.ValueText}") + (Gap is { } gap ? " (gap " + Invariant.Format(gap) + ")" : string.Empty) + " from " + Value.Source;
    }
}
