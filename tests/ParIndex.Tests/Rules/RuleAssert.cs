using System.Linq;
using ParIndex.Rules;
using ParIndex.Scoring;
using Xunit;

namespace ParIndex.Tests.Rules;

internal static class RuleAssert
{
    public static decimal Points(ScoringRule rule, IndicatorValue value, decimal max, int year = 2023)
    {
        Assert.Equal(rule.InputKind, value.Kind);
        Assert.Null(rule.CheckInput(value));
        return rule.Evaluate(value, new RuleContext(max, year)).Points;
    }

    public static string[] Problems(ScoringRule rule, decimal max) =>
        [.. rule.Validate("X", max).Select(d => d.Kind + ": " + d.Message)];
}
