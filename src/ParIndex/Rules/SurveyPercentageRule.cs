namespace ParIndex.Rules;

/// <summary>
/// A survey result in percent converted to points: result ÷ 100 × maximum. The survey-sourced leaves of the PAR Index
/// (điều tra xã hội học) take their points this way from a satisfaction or assessment percentage.
/// </summary>
/// <remarks>Linear over [0, 100]; the exact product kept to 10 decimal places, half to even, as the scorer keeps all
/// points.</remarks>
internal sealed class SurveyPercentageRule() : FormulaRule<SurveyPercentageRule>(CompiledRule.SurveyPercentage)
{
    /// <inheritdoc/>
    public override IndicatorKind InputKind => IndicatorKind.Percent;

    /// <inheritdoc/>
    public override string Describe() => "survey % ÷ 100 × maximum";

    /// <inheritdoc/>
    public override string Explain(IndicatorValue value, RuleOutcome outcome, RuleContext context)
    {
        CheckExplained(value, outcome, 0);
        return Invariant.Format($"{value} ÷ 100 × {Invariant.Format(context.MaxPoints)} = {Invariant.Format(outcome.Points)}");
    }
}
