namespace ParIndex.Rules;

/// <summary>
/// All conditions or nothing: "Xác định đầy đủ nhiệm vụ và có bố trí kinh phí: 1 / Không xác định đầy đủ nhiệm vụ hoặc
/// không bố trí kinh phí: 0" (Cà Mau 1880/QĐ-UBND, TCTP 1.1.2).
/// </summary>
/// <remarks>The value answers each condition in order. Steps: 0 all met, 1 otherwise.</remarks>
internal sealed class AllConditionsRule : BuiltInRule<AllConditionsRule>
{
    /// <summary>Creates the rule.</summary>
    /// <param name="points">Points when every condition is met; 0 otherwise.</param>
    /// <param name="conditions">What must hold, one text each, in the order the value answers them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="conditions"/> contains a null text.</exception>
    public AllConditionsRule(decimal points, params IEnumerable<string> conditions)
    {
        Preconditions.CheckNotNull(conditions, nameof(conditions));
        Points = points;
        Conditions = [.. conditions];
        Preconditions.CheckNoNulls(Conditions, nameof(conditions));
        Compiled = CompiledRule.AllConditions(points, Conditions.Length);
    }

    /// <summary>Gets the points when every condition is met.</summary>
    public decimal Points { get; }

    /// <summary>Gets the conditions, in order.</summary>
    public ImmutableArray<string> Conditions { get; }

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Conditions;

    /// <inheritdoc/>
    public override string? CheckInput(in IndicatorValue value) =>
        !Compiled.Accepts(in value)
            ? Invariant.Format($"expected answers to {Conditions.Length} conditions, got {value.ConditionsMet.Length}")
            : null;

    /// <inheritdoc/>
    public override string Describe() => Invariant.Format($"all of ({string.Join("; ", Conditions)}): {Invariant.Format(Points)}; otherwise 0");

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, 0);
        var unmet = Conditions.Where((_, i) => !value.ConditionsMet[i]).ToList();
        return unmet.Count == 0
            ? Invariant.Format($"all {Conditions.Length} conditions met → {Invariant.Format(outcome.Points)} of {Invariant.Format(context.MaxPoints)}")
            : Invariant.Format($"not met: {string.Join("; ", unmet)} → 0 of {Invariant.Format(context.MaxPoints)}");
    }

    /// <inheritdoc/>
    public override IEnumerable<Diagnostic> Validate(string criterionCode, decimal maxPoints)
    {
        if (CheckPoints(criterionCode, maxPoints, Points, "all conditions met") is { } problem)
        {
            yield return problem;
        }
        if (Conditions.IsEmpty)
        {
            yield return new Diagnostic(DiagnosticKind.InvalidRule, criterionCode, "all-conditions rule has no conditions");
        }
    }

    // The conditions compare as a sequence.
    /// <summary>Compares the points and the conditions in order.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public override bool Equals(AllConditionsRule? other) =>
        other is not null && Points == other.Points && Conditions.SequenceEqual(other.Conditions, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Points, Conditions.Length);
}
