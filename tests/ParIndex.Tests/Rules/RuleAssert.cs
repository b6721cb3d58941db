namespace ParIndex.Tests.Rules;

internal static class RuleAssert
{
    public static decimal Points(ScoringRule rule, IndicatorValue value, decimal max, int year = 2023)
    {
        Assert.Equal(rule.InputKind, value.Kind);
        Assert.Null(rule.CheckInput(value));
        return rule.Evaluate(value, new RuleContext(max, year)).Points;
    }

    /// <summary>The rule's step and explanation for <paramref name="value"/> scored of <paramref name="max"/>.</summary>
    public static (int Step, string Explanation) Explain(ScoringRule rule, IndicatorValue value, decimal max, int year = 2023)
    {
        var context = new RuleContext(max, year);
        var outcome = rule.Evaluate(value, context);
        return (outcome.Step, rule.Explain(value, outcome, context));
    }

    /// <summary>A decimal written in invariant form, for theory rows (attributes cannot hold decimals).</summary>
    public static decimal Number(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static string[] Problems(ScoringRule rule, decimal max) =>
        [.. rule.Validate("X", max).Select(d => d.Kind + ": " + d.Message)];

    /// <summary>Checks a rule's equality: equal to <paramref name="equal"/> (typed and as an object, with the same hash),
    /// unequal to each of <paramref name="unequal"/>, to null and to a rule of another type.</summary>
    public static void Equality<T>(T rule, T equal, params T[] unequal)
        where T : ScoringRule, System.IEquatable<T>
    {
        // A rule declares no == (ScoringRule is a class a user may derive from): Equals and the hash only.
        ContractAssert.EqualsContract(rule, equal, unequal);
        Assert.False(rule.Equals((object)(rule is YesNoRule ? new DeductionRule(1m) : new YesNoRule(1m))), "another rule type");
    }
}
