namespace ParIndex.Rules;

/// <summary>
/// Ratio × maximum, capped at the maximum: "Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa" (the K15 example in
/// a district digital-transformation index that states the formula, published by THƯ VIỆN PHÁP LUẬT: https://thuvienphapluat.vn/bulletin/document.aspx?bid=4cac85e7-7197-4294-bf45-7c4e0081cac5).
/// </summary>
/// <remarks>A numerator above its denominator scores the maximum. Points are the exact ratio × maximum kept to 10 decimal
/// places, half to even (2/3 × 1 = 0.6666666667), as the scorer keeps all points; nothing else is rounded.</remarks>
internal sealed class ProportionalRule() : FormulaRule<ProportionalRule>(CompiledRule.Proportional)
{
    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Ratio;

    /// <inheritdoc/>
    public override string Describe() => "min(a / b, 1) × maximum";

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, 0);
        return Invariant.Format($"min({value}, 1) × {Invariant.Format(context.MaxPoints)} = {Invariant.Format(outcome.Points)}");
    }
}
