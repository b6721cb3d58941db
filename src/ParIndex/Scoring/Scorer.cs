using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ParIndex.Methodologies;
using ParIndex.Rules;

namespace ParIndex.Scoring;

/// <summary>
/// Turns a unit's reported indicators into a <see cref="Scorecard"/> under one methodology: points per leaf by its
/// rule, sums up the tree, component (area) indices and the total index (chấm điểm, xác định chỉ số).
/// </summary>
/// <remarks>
/// <para>A leaf reported as not applicable (không áp dụng) scores 0 and is removed from its ancestors' maxima, so the
/// index is points ÷ applicable maximum × 100: the unit is rescaled to 100 over what applies to it.</para>
/// <para>No rounding to the published two decimals happens while scoring: points and indices are exact decimals,
/// rounded only for display and ranking (see <see cref="Scorecard.RoundedIndex"/>). The one exception is technical:
/// points are held to 10 decimal places, so a rule's result with more (a ratio such as 2/3 × 1) is rounded there
/// (half to even), and sums of points are then exact whatever their order.</para>
/// <para>Immutable and thread-safe; scoring one unit allocates only its scorecard.</para>
/// </remarks>
public sealed class Scorer
{
    private readonly Methodology _methodology;
    private readonly Points _maximum; // the methodology's total maximum
    private readonly Points _leafMaximum; // the leaves' maxima: under a weighted mean not the total
    private readonly LeafPlan[] _plan;

    // Whether a scorecard keeps its leaves' results when scored: a user's rule is evaluated once, as a method that
    // might not give the same points twice; a weighted mean needs the tree at once for the total. Otherwise a
    // scorecard holds only its totals and walks the leaves again when a node or an explanation is asked for.
    private readonly bool _keepsLeaves;

    private readonly string[] _codes; // the leaves' codes in the plan's order, which aligned values share
    private readonly LeafGroups? _groups; // the plan grouped by rule kind, when every leaf is compiled

    /// <summary>Creates a scorer.</summary>
    /// <param name="methodology">The methodology to score with.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="ScoringOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="methodology"/> is null.</exception>
    public Scorer(Methodology methodology, ScoringOptions? options = null)
    {
        _methodology = Preconditions.CheckNotNull(methodology, nameof(methodology));
        Options = options ?? ScoringOptions.Default;
        _maximum = methodology.AreaIndices.Aggregate(Points.Zero, (sum, area) => sum + methodology.Maxima[area]);
        _leafMaximum = methodology.LeafIndices.Aggregate(Points.Zero, (sum, leaf) => sum + methodology.Maxima[leaf]);
        _plan = [.. methodology.LeafOrdinalOrder.Select(k => new LeafPlan(methodology.Leaves[k], k, methodology.Maxima[methodology.LeafIndices[k]], Options.SurveyConducted))];
        _keepsLeaves = methodology.HasMeans || Array.Exists(_plan, step => step.IsUser);
        _codes = Array.ConvertAll(_plan, step => step.Code);
        // Grouped only when every leaf is scored by its compiled rule (no user's rule, no survey leaf left out).
        _groups = Array.TrueForAll(_plan, step => step.IsCompiled)
            ? LeafGroups.Create(Array.ConvertAll(_plan, step => (step.Compiled, step.LeafIndex, step.Maximum)))
            : null;
    }

    /// <summary>Gets the methodology scored with.</summary>
    public Methodology Methodology => _methodology;

    /// <summary>Gets the options.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Scores one unit.</summary>
    /// <param name="indicators">The unit's reported indicators.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    /// <exception cref="DiagnosticException">The year is outside the methodology's years, a leaf is missing (under
    /// <see cref="MissingIndicatorPolicy.Error"/>), a code is unknown, a value does not suit its rule, or nothing applies;
    /// every problem is listed.</exception>
    public Scorecard Score(ReportedIndicators indicators)
    {
        Preconditions.CheckNotNull(indicators, nameof(indicators));
        List<Diagnostic>? problems = null;
        var scorecard = Score(indicators, ref problems);
        return problems is null ? scorecard! : throw new InvalidIndicatorsException(problems);
    }

    /// <summary>Scores many units, reporting the problems of all of them together.</summary>
    /// <param name="units">The units' indicators; each unit code at most once.</param>
    /// <returns>The scorecards, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null or contains null.</exception>
    /// <exception cref="DiagnosticException">Any unit cannot be scored, or a unit code repeats; every problem of
    /// every unit is listed.</exception>
    public ImmutableArray<Scorecard> ScoreAll(IEnumerable<ReportedIndicators> units)
    {
        // An array is read in place (only the scorecards are allocated); any other sequence is copied once.
        var input = Preconditions.CheckNotNull(units, nameof(units)) as ReportedIndicators[] ?? [.. units];
        Preconditions.CheckNoNulls(input, nameof(units));
        List<Diagnostic>? problems = null;
        if (RepeatedCodes.Any(input, input.Length, static (units, i) => units[i].Unit.Code))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var unit in input)
            {
                if (!seen.Add(unit.Unit.Code))
                {
                    (problems ??= []).Add(new Diagnostic(DiagnosticKind.DuplicateCode, null, "the unit appears more than once", unit.Unit.Code));
                }
            }
        }

        // One thread: a year's provinces take tens of microseconds, and split across cores they took three times as long
        // on a machine busy with other work (waiting for pool threads), for a gain of less than half on an idle one.
        var result = new Scorecard[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            result[i] = Score(input[i], ref problems)!;
        }
        return problems is null ? ImmutableCollectionsMarshal.AsImmutableArray(result) : throw new InvalidIndicatorsException(problems);
    }

    private Scorecard? Score(ReportedIndicators indicators, ref List<Diagnostic>? problems)
    {
        var methodology = _methodology;
        var unit = indicators.Unit.Code;
        var year = indicators.Year;
        var problemsBefore = problems?.Count ?? 0;
        // Outside the years no rule is evaluated (a due date in year 99999 does not exist); the codes are still checked.
        var yearInside = methodology.Years.Contains(year);
        if (!yearInside)
        {
            Add(ref problems, DiagnosticKind.WrongYear, null, Invariant.Format($"assessment year {year} is outside the years {methodology.Years} of {methodology.Id}"), unit);
        }

        // Only the totals are kept, unless the leaves must be (see _keepsLeaves): a scorecard walks the leaves again
        // when a node or an explanation is first asked for.
        var leaves = _keepsLeaves ? new LeafResult[_plan.Length] : null;
        var (total, removed) = Walk(indicators, yearInside, ref problems, leaves);
        var totalMax = _maximum - removed;
        if (removed == _leafMaximum)
        {
            Add(ref problems, DiagnosticKind.NothingApplicable, null, "every leaf was declared not applicable", unit);
        }
        if ((problems?.Count ?? 0) > problemsBefore)
        {
            return null;
        }
        return new Scorecard(this, indicators, leaves, total, totalMax);
    }

    /// <summary>The result of every leaf of indicators that scored without a problem, by leaf index: the same walk
    /// again, for a scorecard's nodes and explanations.</summary>
    internal LeafResult[] LeafResults(ReportedIndicators indicators)
    {
        var leaves = new LeafResult[_plan.Length];
        List<Diagnostic>? problems = null;
        Walk(indicators, _methodology.Years.Contains(indicators.Year), ref problems, leaves);
        return problems is null ? leaves : throw new InvalidIndicatorsException(problems);
    }

    /// <summary>Scores every leaf: merges the leaves and the indicators, both in ordinal order of their codes, adds
    /// the problems found, and stores each leaf's result in <paramref name="leaves"/> when given.</summary>
    /// <returns>The sum of the leaves' points and of the maxima of the leaves that leave them.</returns>
    private (Points Total, Points Removed) Walk(ReportedIndicators indicators, bool yearInside, ref List<Diagnostic>? problems, LeafResult[]? leaves) =>
        yearInside && TryWalkAligned(indicators, leaves, out var sums) ? sums : Merge(indicators, yearInside, ref problems, leaves);

    /// <summary><see cref="Walk"/> for any indicators. Kept apart from the aligned case (not inlined into it): its many
    /// locals would otherwise take the registers of the aligned loops and a large frame cleared on every call.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (Points Total, Points Removed) Merge(ReportedIndicators indicators, bool yearInside, ref List<Diagnostic>? problems, LeafResult[]? leaves)
    {
        var methodology = _methodology;
        var unit = indicators.Unit.Code;
        var year = indicators.Year;
        var yearOutside = !yearInside;
        // Both sides read by position from spans: the merge's indices stay in registers and need no bounds checks of
        // their own, and the usual case (the same code on both sides, often the same string) is decided first.
        ReadOnlySpan<LeafPlan> plan = _plan;
        var codes = indicators.CodeSpan;
        var values = indicators.ValueSpan;
        var total = Points.Zero;
        var removed = Points.Zero;
        int i = 0, j = 0;
        while (i < plan.Length || j < codes.Length)
        {
            var comparison = i == plan.Length ? 1
                : j == codes.Length ? -1
                : string.Equals(plan[i].Code, codes[j], StringComparison.Ordinal) ? 0 // the usual case, decided fastest
                : string.CompareOrdinal(plan[i].Code, codes[j]);
            if (comparison > 0)
            {
                var code = codes[j++];
                var message = methodology.IndexOf(code) >= 0
                    ? "an indicator is reported for a criterion that has sub-criteria; report its leaves instead"
                    : "no criterion of " + methodology.Id + " has this code";
                Add(ref problems, DiagnosticKind.UnknownCode, code, message, unit);
                continue;
            }

            ref readonly var step = ref plan[i++];
            var k = step.LeafIndex;
            if (step.SkipsSurvey)
            {
                // No survey: the leaf leaves the maxima, as a not-applicable one does.
                Keep(leaves, k, new LeafResult(Points.Zero, LeafStatus.NoSurvey));
                removed += step.Maximum;
                if (comparison == 0)
                {
                    Add(ref problems, DiagnosticKind.UnknownCode, step.Leaf.Code, "a value is reported for a survey leaf, but the options say no survey was conducted", unit);
                    j++;
                }
                continue;
            }
            if (comparison < 0)
            {
                Keep(leaves, k, new LeafResult(Points.Zero, LeafStatus.MissingScoredZero));
                if (Options.MissingIndicators == MissingIndicatorPolicy.Error)
                {
                    Add(ref problems, DiagnosticKind.MissingIndicator, step.Leaf.Code, "no indicator is reported for this leaf", unit);
                }
                continue;
            }

            ref readonly var value = ref values[j++];
            if (value.Kind == IndicatorKind.NotApplicable)
            {
                Keep(leaves, k, new LeafResult(Points.Zero, LeafStatus.NotApplicable));
                removed += step.Maximum;
            }
            else if (value.Kind == IndicatorKind.Points)
            {
                // An assessor's score: the rule is not applied, the points only checked against the leaf's maximum.
                if (!Points.TryRound(value.Number, out var given) || given > step.Maximum)
                {
                    Add(ref problems, DiagnosticKind.ValueOutOfRange, step.Leaf.Code, Invariant.Format($"{value} is more than the leaf's maximum of {Invariant.Format(step.Leaf.MaxPoints)}"), unit);
                    continue;
                }
                Keep(leaves, k, new LeafResult(given, LeafStatus.GivenPoints));
                total += given;
            }
            else if (value.Kind != step.InputKind)
            {
                Add(ref problems, DiagnosticKind.WrongIndicatorKind, step.Leaf.Code, Invariant.Format($"the rule reads a {step.InputKind} value, but {value.Kind} {value} was reported"), unit);
            }
            else if (step.IsUser ? step.Rule.CheckInput(in value) is not null : step.ChecksInput && !step.Compiled.Accepts(in value))
            {
                Add(ref problems, DiagnosticKind.ValueOutOfRange, step.Leaf.Code, step.Rule.CheckInput(in value)!, unit);
            }
            else if (!yearOutside)
            {
                // Built-in rules are evaluated here, compiled; a user's rule through its methods, its decimal points
                // kept to 10 places by the outcome.
                Points obtained;
                int applied;
                if (!step.IsUser)
                {
                    applied = step.Compiled.Evaluate(in value, step.Maximum.Units, year, out var units);
                    obtained = Points.FromUnits(units);
                }
                else
                {
                    var outcome = step.Rule.Evaluate(in value, new RuleContext(step.Maximum, year));
                    (obtained, applied) = (outcome.Exact, outcome.Step);
                }
                if (obtained < Points.Zero || obtained > step.Maximum)
                {
                    Add(ref problems, DiagnosticKind.PointsOutOfRange, step.Leaf.Code, Invariant.Format($"rule {step.Rule.GetType().Name} gave {obtained} points for {value}, outside [0, {Invariant.Format(step.Leaf.MaxPoints)}]"), unit);
                    continue;
                }
                Keep(leaves, k, new LeafResult(obtained, LeafStatus.Scored, applied));
                total += obtained;
            }
        }
        return (total, removed);
    }

    /// <summary>The usual case of <see cref="Walk"/> without branches for problems: every leaf reported, nothing else,
    /// each value of its rule's kind and scored by a compiled rule within the leaf's maximum, or not applicable; the
    /// leaves are scored group by group (<see cref="LeafGroups"/>). <see langword="false"/> when anything else is found
    /// (a problem, a survey not conducted, given points, a user's rule): the merge then walks the leaves from the start,
    /// so the results are its own.</summary>
    private bool TryWalkAligned(ReportedIndicators indicators, LeafResult[]? leaves, out (Points Total, Points Removed) sums)
    {
        sums = default;
        return _groups is not null && indicators.HasCodes(_codes) && _groups.TryScore(indicators.ValueSpan, indicators.Year, leaves, out sums);
    }

    private static void Keep(LeafResult[]? leaves, int leaf, LeafResult result)
    {
        if (leaves is not null)
        {
            leaves[leaf] = result;
        }
    }

    /// <summary>What the scorer needs of one leaf, gathered once per scorer, in ordinal order of the codes. Fields, so
    /// that the loop reads them in place.</summary>
    private readonly struct LeafPlan(Criterion leaf, int leafIndex, Points maximum, bool surveyConducted)
    {
        public readonly Criterion Leaf = leaf;

        public readonly string Code = leaf.Code;

        /// <summary>Whether the leaf is a survey leaf and no survey was conducted: it leaves the maxima.</summary>
        public readonly bool SkipsSurvey = !surveyConducted && leaf.AssessedBy == AssessmentMethod.SociologicalSurvey;

        public readonly ScoringRule Rule = leaf.Rule!;

        /// <summary>The built-in rule compiled, or <see cref="CompiledRuleKind.User"/>.</summary>
        public readonly CompiledRule Compiled = leaf.Rule!.Compiled;

        public readonly IndicatorKind InputKind = leaf.Rule!.InputKind;

        public readonly bool ChecksInput = leaf.Rule!.Compiled.ChecksInput;

        /// <summary>Whether the rule is a user's, evaluated through its methods rather than compiled.</summary>
        public readonly bool IsUser = leaf.Rule!.Compiled.Kind == CompiledRuleKind.User;

        /// <summary>Whether the leaf is scored by its compiled rule: a built-in rule, and not a survey leaf left out.</summary>
        public readonly bool IsCompiled = leaf.Rule!.Compiled.Kind != CompiledRuleKind.User && (surveyConducted || leaf.AssessedBy != AssessmentMethod.SociologicalSurvey);

        public readonly Points Maximum = maximum;

        public readonly int LeafIndex = leafIndex;
    }

    private static void Add(ref List<Diagnostic>? problems, DiagnosticKind kind, string? code, string message, string unit) =>
        (problems ??= []).Add(new Diagnostic(kind, code, message, unit));
}
