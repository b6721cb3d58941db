using NodaTime;

namespace ParIndex.Rules;

/// <summary>
/// How a leaf criterion turns a reported value into points (cách chấm điểm). The built-in rules cover the kinds the
/// official and provincial methods use and are made by this class's static factories (<see cref="PercentBands"/>,
/// <see cref="CountBands"/>, <see cref="YesNo"/>, <see cref="Timeliness"/>, <see cref="AllConditions"/>,
/// <see cref="Deduction"/>, <see cref="Proportional"/>, <see cref="SurveyPercentage"/>); they compare by value. Derive
/// from this class to add your own.
/// </summary>
/// <remarks>
/// <para>A rule is immutable and thread-safe: one instance may score many units at once. <see cref="Evaluate"/> is on
/// the hot path and must not allocate; text is built only by <see cref="Describe"/> and <see cref="Explain"/>.</para>
/// <para>The scorer checks the value's kind against <see cref="InputKind"/> and calls <see cref="CheckInput"/> before
/// <see cref="Evaluate"/>; it rejects points outside [0, maximum] that a rule returns.</para>
/// </remarks>
public abstract class ScoringRule
{
    /// <summary>Initialises a rule.</summary>
    protected ScoringRule()
    {
    }

    /// <summary>Threshold bands over a percentage (mức điểm theo ngưỡng): the value falls into one band and obtains its
    /// points, e.g. "trên 90%: 2 / từ 70% - 90%: 1 / dưới 70%: 0" (Cà Mau 1880/QĐ-UBND, TCTP 1.1.4).</summary>
    /// <param name="bands">The bands, in [0, 100]; the first band containing the value wins (<see cref="RuleOutcome.Step"/>
    /// is its index). The methodology's validation reports bands that overlap or leave a gap in [0, 100].</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Percent"/>; equal to another of the same bands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    public static ScoringRule PercentBands(params IEnumerable<Band> bands) => BandRule.ForPercent(bands);

    /// <summary>Threshold bands over a whole count of events (mức điểm theo số lần), e.g. "họp 4 lần/năm: 20 / 3 lần:
    /// 15 / …".</summary>
    /// <param name="bands">The bands; the first band containing the count wins (<see cref="RuleOutcome.Step"/> is its
    /// index). The methodology's validation reports bands that overlap or leave a whole number from 0 up uncovered.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Number"/>, whole counts only; equal to another of the same bands.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is null.</exception>
    public static ScoringRule CountBands(params IEnumerable<Band> bands) => BandRule.ForCount(bands);

    /// <summary>Meets or does not meet (đạt / không đạt): "Đạt yêu cầu: 1 / Không đạt yêu cầu: 0" (Cà Mau
    /// 1880/QĐ-UBND, TCTP 1.1.3). Steps: 0 yes, 1 no.</summary>
    /// <param name="yesPoints">Points for "yes"; the methodology's validation reports points outside [0, maximum].</param>
    /// <param name="noPoints">Points for "no"; 0 by default.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Flag"/>.</returns>
    public static ScoringRule YesNo(decimal yesPoints, decimal noPoints = 0m) => new YesNoRule(yesPoints, noPoints);

    /// <summary>Timeliness in three levels (kịp thời / không kịp thời / không thực hiện): "Ban hành kịp thời: 1 / Ban hành
    /// không kịp thời: 0,5 / Không ban hành: 0" (Cà Mau 1880/QĐ-UBND, TCTP 1.1.1). A task completed on the due date is on
    /// time. Steps: 0 on time, 1 late, 2 not done.</summary>
    /// <param name="due">The day and month by which the task is due.</param>
    /// <param name="dueYearOffset">The year of the due date relative to the assessment year (0 the same year, -1 the year
    /// before, 1 the year after): a plan due by 31 December of the year before is <c>new AnnualDate(12, 31)</c> with
    /// offset -1. The methodology's validation reports offsets outside −2 to 2.</param>
    /// <param name="onTimePoints">Points for a task completed on or before the due date.</param>
    /// <param name="latePoints">Points for a task completed after the due date.</param>
    /// <param name="notDonePoints">Points for a task not done; 0 by default.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Completion"/>.</returns>
    public static ScoringRule Timeliness(AnnualDate due, int dueYearOffset, decimal onTimePoints, decimal latePoints, decimal notDonePoints = 0m) =>
        new TimelinessRule(due, dueYearOffset, onTimePoints, latePoints, notDonePoints);

    /// <summary>All conditions or nothing: "Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1 / Không xác định đầy đủ
    /// nhiệm vụ hoặc không bố trí kinh phí: 0" (Cà Mau 1880/QĐ-UBND, TCTP 1.1.2). Steps: 0 all met, 1 otherwise.</summary>
    /// <param name="points">Points when every condition is met; 0 otherwise.</param>
    /// <param name="conditions">What must hold, one text each, in the order the value answers them.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Conditions"/>, one answer per condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="conditions"/> contains a null text.</exception>
    public static ScoringRule AllConditions(decimal points, params IEnumerable<string> conditions) => new AllConditionsRule(points, conditions);

    /// <summary>Deductions per occurrence with a floor (trừ điểm): the maximum less a fixed amount for every occurrence
    /// reported (a late report, a violation found), never below the floor: max(maximum − count × deduction, floor).</summary>
    /// <param name="pointsPerOccurrence">Points taken off for each occurrence; the methodology's validation reports 0 or less.</param>
    /// <param name="floor">The lowest score, within [0, maximum]; 0 by default.</param>
    /// <returns>A rule reading <see cref="IndicatorKind.Number"/>, whole counts only.</returns>
    public static ScoringRule Deduction(decimal pointsPerOccurrence, decimal floor = 0m) => new DeductionRule(pointsPerOccurrence, floor);

    /// <summary>Gets the rule ratio × maximum, capped at the maximum: "Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa" (the K15
    /// example in a district digital-transformation index that states the formula, published by THƯ VIỆN PHÁP LUẬT:
    /// https://thuvienphapluat.vn/bulletin/document.aspx?bid=4cac85e7-7197-4294-bf45-7c4e0081cac5). It reads
    /// <see cref="IndicatorKind.Ratio"/>; points are the exact ratio × maximum kept to 10 decimal places, half to even.</summary>
    public static ScoringRule Proportional { get; } = new ProportionalRule();

    /// <summary>Gets the rule survey result ÷ 100 × maximum, by which the survey-sourced leaves of the PAR Index (điều
    /// tra xã hội học) take their points from a satisfaction or assessment percentage. It reads
    /// <see cref="IndicatorKind.Percent"/>; the exact product is kept to 10 decimal places, half to even.</summary>
    public static ScoringRule SurveyPercentage { get; } = new SurveyPercentageRule();

    /// <summary>Gets the kind of value this rule reads.</summary>
    public abstract IndicatorKind InputKind { get; }

    /// <summary>Scores one value of kind <see cref="InputKind"/> that passed <see cref="CheckInput"/>.</summary>
    /// <param name="value">The reported value.</param>
    /// <param name="context">The leaf's maximum and the assessment year.</param>
    /// <returns>The points, within [0, <see cref="RuleContext.MaxPoints"/>], and the step applied.</returns>
    public abstract RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context);

    /// <summary>States the rule as text, in the way a methodology's appendix does (invariant culture).</summary>
    /// <returns>The rule, e.g. "(90%, ∞) → 2; [70%, 90%] → 1; (−∞, 70%) → 0".</returns>
    public abstract string Describe();

    /// <summary>The built-in rule compiled to integers, which the scorer evaluates without a virtual call; a rule of the
    /// user's is <see cref="CompiledRuleKind.User"/> and is asked through its methods.</summary>
    internal CompiledRule Compiled { get; private protected init; }

    /// <summary>Checks a value of the right kind against this rule's own expectations (a whole count, the number of conditions).</summary>
    /// <param name="value">The value, already known to be of kind <see cref="InputKind"/>.</param>
    /// <returns>A message saying what is wrong, or <see langword="null"/> when the value is fine.</returns>
    public virtual string? CheckInput(in IndicatorValue value) => null;

    /// <summary>Checks the rule against the maximum points of the leaf it is attached to.</summary>
    /// <param name="criterionCode">The leaf's code, to put into the diagnostics.</param>
    /// <param name="maxPoints">The leaf's maximum points.</param>
    /// <returns>Every problem found; empty when the rule fits the leaf.</returns>
    public virtual IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints) => [];

    /// <summary>Explains how a value was scored: the value, the band or formula applied and the points.</summary>
    /// <param name="value">The reported value.</param>
    /// <param name="outcome">What <see cref="Evaluate"/> returned for it.</param>
    /// <param name="context">The context it was scored in.</param>
    /// <returns>One line of text (invariant culture).</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of kind <see cref="InputKind"/>, or
    /// <see cref="CheckInput"/> refuses it: the rule could not have scored it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For a built-in rule, <paramref name="outcome"/>'s step is not one of
    /// its steps (a band rule's bands, a timeliness rule's three levels).</exception>
    public virtual string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, 0);
        return Invariant.Format($"{value} → {Invariant.Format(outcome.Points)} of {Invariant.Format(context.MaxPoints)} ({Describe()})");
    }

    /// <summary>Refuses what the scorer never gives <see cref="Explain"/>: a value this rule could not have scored, or a
    /// step past the rule's <paramref name="steps"/> (0: a formula, any step). Explain is public; without this a band
    /// rule indexed past its bands and a yes was explained as if it fell in a percentage band.</summary>
    private protected void CheckExplained(in IndicatorValue value, RuleOutcome outcome, int steps)
    {
        var problem = value.Kind != InputKind
            ? Invariant.Format($"the value '{value}' is of kind {value.Kind}, but the rule reads {InputKind}: it could not have scored it")
            : CheckInput(in value) is { } refused ? Invariant.Format($"the value '{value}' could not have been scored by the rule: {refused}") : null;
        Preconditions.CheckArgument(problem is null, nameof(value), problem!);
        ArgumentProblem.ThrowIf(ArgumentProblem.Unless(steps == 0 || (uint)outcome.Step < (uint)steps, nameof(outcome),
            Invariant.Format($"step {outcome.Step} is not one of the rule's steps (0 to {steps - 1}): it could not have given this outcome"), outcome.Step));
    }

    /// <summary>Checks that a rule's fixed points fit in [0, maximum], adding a diagnostic when they do not.</summary>
    /// <param name="criterionCode">The leaf's code.</param>
    /// <param name="maxPoints">The leaf's maximum points.</param>
    /// <param name="points">The points the rule can give.</param>
    /// <param name="what">What the points are for ("band (90%, ∞)", "on time").</param>
    /// <returns>A diagnostic, or <see langword="null"/> when the points fit.</returns>
    protected static Diagnostic? CheckPoints(string criterionCode, decimal maxPoints, decimal points, string what) =>
        points < 0m || points > maxPoints
            ? new Diagnostic(
                DiagnosticKind.InvalidRule,
                criterionCode,
                Invariant.Format($"{what} gives {Invariant.Format(points)} points, outside [0, {Invariant.Format(maxPoints)}]"))
            : null;
}
