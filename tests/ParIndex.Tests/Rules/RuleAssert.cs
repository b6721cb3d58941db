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
        Assert.True(rule.Equals(equal), "equal");
        Assert.True(rule.Equals((object)equal), "equal as an object");
        Assert.Equal(rule.GetHashCode(), equal.GetHashCode());
        Assert.False(rule.Equals(null), "null");
        Assert.False(rule.Equals((object)(rule is YesNoRule ? new DeductionRule(1m) : new YesNoRule(1m))), "another type");
        foreach (var other in unequal)
        {
            Assert.False(rule.Equals(other), other.Describe());
            Assert.False(rule.Equals((object)other), other.Describe());
        }
    }
}
