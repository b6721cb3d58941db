using NodaTime;
using ParIndex.Geography;

namespace ParIndex.Targets;

/// <summary>
/// A provincial administrative-reform plan (kế hoạch cải cách hành chính): who issued it, by which document, for which
/// period and phases, and its targets (chỉ tiêu).
/// </summary>
/// <remarks>
/// <para>The constructor checks the targets against the period all at once: unique target ids, deadlines inside the
/// period, phase deadlines naming one of the plan's phases, phases inside the period and not overlapping, top-N goals
/// with N no more than the units of the province's list (63 before the July 2025 merger, 34 after). The document
/// (number, kind, date) and the source are optional, since news reports of plans often omit them.</para>
/// <para>Immutable and thread-safe; equality is by reference (a plan is an entity identified by <see cref="Id"/>).</para>
/// </remarks>
public sealed partial class ReformPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="id">An identifier, e.g. "phu-tho-2020".</param>
    /// <param name="province">The issuing province.</param>
    /// <param name="title">The plan's title or subject.</param>
    /// <param name="firstYear">The first year of its period.</param>
    /// <param name="lastYear">The last year of its period.</param>
    /// <param name="phases">Its phases (giai đoạn), or none.</param>
    /// <param name="targets">Its targets.</param>
    /// <exception cref="ArgumentNullException"><paramref name="province"/>, <paramref name="phases"/> or <paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank, or a phase or target is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1945–9999, or the last is before the first.</exception>
    /// <exception cref="DiagnosticException">The targets or phases do not fit the period, two targets share an id, or a
    /// top-N goal has N beyond the units of the province's list.</exception>
    public ReformPlan(string id, Province province, string title, int firstYear, int lastYear, IEnumerable<PlanPhase> phases, IEnumerable<PlanTarget> targets)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id)).Trim();
        Province = Preconditions.CheckNotNull(province, nameof(province));
        Title = Text.Nfc(Preconditions.CheckNotBlank(title, nameof(title)).Trim());
        ArgumentProblem.ThrowIf(CheckPeriod(firstYear, lastYear));
        FirstYear = firstYear;
        LastYear = lastYear;
        Phases = [.. Preconditions.CheckNotNull(phases, nameof(phases))];
        Preconditions.CheckNoNulls(Phases, nameof(phases));
        Targets = [.. Preconditions.CheckNotNull(targets, nameof(targets))];
        Preconditions.CheckNoNulls(Targets, nameof(targets));
        var problems = Check(province, FirstYear, LastYear, Phases, Targets);
        if (problems.Count > 0)
        {
            throw new InvalidPlanException(problems);
        }
    }

    /// <summary>Gets the identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the issuing province.</summary>
    public Province Province { get; }

    /// <summary>Gets the title or subject.</summary>
    public string Title { get; }

    /// <summary>Gets the first year of the period.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year of the period.</summary>
    public int LastYear { get; }

    /// <summary>Gets the phases, in the plan's order; empty for a one-phase plan.</summary>
    public ImmutableArray<PlanPhase> Phases { get; }

    /// <summary>Gets the targets, in the plan's order.</summary>
    public ImmutableArray<PlanTarget> Targets { get; }

    /// <summary>Gets the document number, e.g. "6112/KH-UBND", when known.</summary>
    public string? DocumentNumber { get; init => field = string.IsNullOrWhiteSpace(value) ? null : Text.Nfc(value.Trim()); }

    /// <summary>Gets the kind of document that issued the plan.</summary>
    internal PlanDocumentKind DocumentKind { get; init; }

    /// <summary>Gets the date of issue, when known.</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>Gets where the plan was read: an article, its date, its address.</summary>
    public string? Source { get; init => field = string.IsNullOrWhiteSpace(value) ? null : Text.Nfc(value.Trim()); }

    /// <summary>Gets remarks on the plan as a whole (what the source leaves out), or <see langword="null"/>.</summary>
    public string? Note { get; init => field = string.IsNullOrWhiteSpace(value) ? null : Text.Nfc(value.Trim()); }

    /// <summary>Gets a target by its id.</summary>
    /// <param name="targetId">The id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no target with that id.</exception>
    public PlanTarget this[string targetId] =>
        Targets.FirstOrDefault(t => string.Equals(t.Id, targetId, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException("plan " + Id + " has no target " + targetId);

    /// <summary>Evaluates every target on a date against reported values and, where a target's indicator is a
    /// published index, the embedded <see cref="History.PublishedRecord"/>.</summary>
    /// <param name="values">Reported values, in any order (the result does not depend on it); values of other
    /// indicators or of a unit other than the goal's are ignored.</param>
    /// <param name="asOf">The evaluation date: targets due after it are not yet due, values reported after it are ignored.</param>
    /// <param name="consultPublishedRecord"><see langword="false"/> to use the given values only.</param>
    /// <returns>One evaluation per target, in the plan's order (kết quả thực hiện kế hoạch); count them by
    /// <see cref="TargetEvaluation.Status"/> and <see cref="TargetEvaluation.IsAtRisk"/> for a summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> contains null.</exception>
    /// <remarks>See <see cref="TargetEvaluation"/> for how a value is chosen and what "at risk" means.</remarks>
    public ImmutableArray<TargetEvaluation> Evaluate(IEnumerable<ReportedValue> values, LocalDate asOf, bool consultPublishedRecord = true)
    {
        ImmutableArray<ReportedValue> given = [.. Preconditions.CheckNotNull(values, nameof(values))];
        Preconditions.CheckNoNulls(given, nameof(values));
        var evaluator = new TargetEvaluator(Province, given, asOf, consultPublishedRecord);
        return [.. Targets.Select(evaluator.Evaluate)];
    }

    /// <summary>Gets the reform plans embedded as samples, read from news articles (each plan's <see cref="Source"/>
    /// names its article): Phú Yên 2011–2020, Thừa Thiên Huế 2019, Phú Thọ 2020 (6112/KH-UBND), Khánh Hòa 2021 and Gia
    /// Lai 2011–2015 (464/QĐ-UBND), 48 targets in all; where an article is unclear the target's note says so.</summary>
    public static ImmutableArray<ReformPlan> Seeds => SeedPlans.All;

    /// <summary>Formats as "phu-tho-2020: 6112/KH-UBND, Phú Thọ, 2020–2020, 12 targets".</summary>
    /// <returns>The plan as text.</returns>
    public override string ToString() =>
        Invariant.Format($"{Id}: {DocumentNumber ?? "no document number"}, {Province.Name}, {FirstYear}–{LastYear}, {Targets.Length} targets");

    /// <summary>What the constructor refuses in the period: a year outside 1945–9999, the last before the first.</summary>
    internal static ArgumentProblem? CheckPeriod(int firstYear, int lastYear) =>
        ArgumentProblem.Range(nameof(firstYear), firstYear, PlanYears.First, PlanYears.Last) ?? ArgumentProblem.Range(nameof(lastYear), lastYear, firstYear, PlanYears.Last);

    /// <summary>Every problem of the phases and targets in the period, as the constructor reports them.</summary>
    internal static List<Diagnostic> Check(Province province, int firstYear, int lastYear, IReadOnlyList<PlanPhase> phases, IReadOnlyList<PlanTarget> targets)
    {
        var problems = new List<Diagnostic>();
        var units = ProvinceList.Get(province.List).Provinces.Length;
        // Ids are keys: "t1" and "t1" with a zero-width space inside name the same target.
        foreach (var id in targets.GroupBy(t => Text.Key(t.Id), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new Diagnostic(DiagnosticKind.DuplicateCode, id, "two or more targets have this id") { Item = DiagnosticItem.Target });
        }
        for (var i = 0; i < phases.Count; i++)
        {
            var phase = phases[i];
            if (phase.FirstYear < firstYear || phase.LastYear > lastYear)
            {
                problems.Add(new Diagnostic(DiagnosticKind.OutsidePlanPeriod, null, Invariant.Format($"phase {phase} lies outside the plan's period {firstYear}–{lastYear}")));
            }
            if (phases.Take(i).FirstOrDefault(p => p.FirstYear <= phase.LastYear && phase.FirstYear <= p.LastYear || string.Equals(p.Name, phase.Name, StringComparison.Ordinal)) is { } other)
            {
                problems.Add(new Diagnostic(DiagnosticKind.PhasesOverlap, null, Invariant.Format($"phase {phase} overlaps phase {other} or shares its name")));
            }
        }
        foreach (var target in targets)
        {
            var deadline = target.Deadline;
            if (deadline.Phase is { } phase && !phases.Contains(phase))
            {
                problems.Add(new Diagnostic(DiagnosticKind.OutsidePlanPeriod, target.Id, Invariant.Format($"the deadline names phase {phase}, which the plan does not have")) { Item = DiagnosticItem.Target });
            }
            else if (deadline.Year < firstYear || deadline.Year > lastYear)
            {
                problems.Add(new Diagnostic(DiagnosticKind.OutsidePlanPeriod, target.Id, Invariant.Format($"the deadline {deadline} lies outside the plan's period {firstYear}–{lastYear}")) { Item = DiagnosticItem.Target });
            }
            // Every unit of the list is in its top N when N is beyond its size: the goal could never be missed, and was
            // reported met (a top 64 among 63 provinces).
            foreach (var goal in target.Alternatives.Select(a => a.Goal).Prepend(target.Goal).Where(g => g.Comparison == Comparison.Top && g.Threshold > units))
            {
                problems.Add(new Diagnostic(DiagnosticKind.ValueOutOfRange, target.Id, Invariant.Format($"the goal {goal} asks for more places than the {units} units of the province's list, so no unit could miss it; give N of {units} or less")) { Item = DiagnosticItem.Target });
            }
        }
        return problems;
    }
}
