namespace ParIndex.Rules;

/// <summary>
/// Ratio × maximum, capped at the maximum: "Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa" (the K15 example in
/// a district digital-transformation index that states the formula, published by THƯ VIỆN PHÁP LUẬT: https://thuvienphapluat.vn/bulletin/document.aspx?bid=4cac85e7-7197-4294-bf45-7c4e0081cac5).
/// </summary>
/// <remarks>A numerator above its denominator scores the maximum. Points are the exact ratio × maximum kept to 10 decimal
/// places, half to even (2/3 × 1 = 0.6666666667), as the scorer keeps all points; nothing else is rounded.</remarks>
internal sealed class ProportionalRule : ScoringRule, IEquatable<ProportionalRule>
{
    internal override CompiledRule Compiled => CompiledRule.Proportional;

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Ratio;

    /// <inheritdoc/>
    public override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) => CompiledRule.Proportional.Outcome(in value, in context);

    /// <inheritdoc/>
    public override string Describe() => "min(a / b, 1) × maximum";

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context) =>
        Invariant.Format($"min({value}, 1) × {Invariant.Format(context.MaxPoints)} = {Invariant.Format(outcome.Points)}");

    // Written by hand, not a record: a rule derives from ScoringRule, a class, and a record derives only from a record;
    // it holds nothing, so all are equal.
    /// <summary>Every proportional rule equals every other.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is not null.</returns>
    public bool Equals(ProportionalRule? other) => other is not null;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProportionalRule);

    /// <inheritdoc/>
    public override int GetHashCode() => typeof(ProportionalRule).GetHashCode();
}
