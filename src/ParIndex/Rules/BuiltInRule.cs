namespace ParIndex.Rules;

/// <summary>A rule of the package's own, compiled once to integers (<see cref="ScoringRule.Compiled"/>): the scorer's
/// loops run that without a call, and <see cref="Evaluate"/> runs it too, so each built-in rule has one evaluation
/// path. Two rules are equal when they are of one class and give the same points.</summary>
/// <typeparam name="TSelf">The rule's own class.</typeparam>
internal abstract class BuiltInRule<TSelf> : ScoringRule, IEquatable<TSelf>
    where TSelf : BuiltInRule<TSelf>
{
    /// <inheritdoc/>
    public sealed override RuleOutcome Evaluate(in IndicatorValue value, in RuleContext context) => Compiled.Outcome(in value, in context);

    // Written by hand, not a record: a rule derives from ScoringRule, a class, and a record derives only from a record.
    /// <summary>Compares what the rule gives points by.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public abstract bool Equals(TSelf? other);

    /// <inheritdoc/>
    public sealed override bool Equals(object? obj) => Equals(obj as TSelf);

    /// <inheritdoc/>
    public abstract override int GetHashCode();
}
