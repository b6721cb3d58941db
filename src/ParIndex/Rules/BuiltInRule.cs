namespace ParIndex.Rules;

/// <summary>A rule of the package's own, compiled once to integers (<see cref="ScoringRule.Compiled"/>): the scorer's
/// loops run that without a call, and <see cref="Evaluate"/> runs it too, so each built-in rule has one evaluation
/// path.</summary>
internal abstract class BuiltInRule : ScoringRule
{
    /// <inheritdoc/>
    public sealed override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) => Compiled.Outcome(in value, in context);
}
