namespace ParIndex.Rules;

/// <summary>A built-in rule that holds nothing but its formula (<see cref="ProportionalRule"/>,
/// <see cref="SurveyPercentageRule"/>): every rule of its kind equals every other.</summary>
/// <typeparam name="TSelf">The rule's own class.</typeparam>
internal abstract class FormulaRule<TSelf> : BuiltInRule<TSelf>
    where TSelf : FormulaRule<TSelf>
{
    private protected FormulaRule(CompiledRule compiled) => Compiled = compiled;

    // It holds nothing, so all are equal.
    /// <summary>Every rule of this kind equals every other.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is not null.</returns>
    public override bool Equals(TSelf? other) => other is not null;

    /// <inheritdoc/>
    public override int GetHashCode() => typeof(TSelf).GetHashCode();
}
