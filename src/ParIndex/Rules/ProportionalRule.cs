using System;
using ParIndex.Scoring;
using ParIndex.Utility;

namespace ParIndex.Rules;

/// <summary>
/// Ratio × maximum, capped at the maximum: "Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa" (the K15 example in
/// par-criteria-tables.md, a district index that states the formula).
/// </summary>
/// <remarks>A numerator above its denominator scores the maximum. Points are exact (no rounding while scoring).</remarks>
public sealed class ProportionalRule : ScoringRule, IEquatable<ProportionalRule>
{
    internal override bool ChecksInput => false;

    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Ratio;

    /// <inheritdoc/>
    public override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) =>
        value.Number >= value.Denominator
            ? new RuleOutcome(context.MaxPoints)
            : new RuleOutcome(value.Number / value.Denominator * context.MaxPoints);

    /// <inheritdoc/>
    public override string Describe() => "min(a / b, 1) × maximum";

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context) =>
        Invariant.Format($"min({value}, 1) × {Invariant.Format(context.MaxPoints)} = {Invariant.Format(outcome.Points)}");

    /// <summary>Every proportional rule equals every other.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is not null.</returns>
    public bool Equals(ProportionalRule? other) => other is not null;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProportionalRule);

    /// <inheritdoc/>
    public override int GetHashCode() => typeof(ProportionalRule).GetHashCode();
}
