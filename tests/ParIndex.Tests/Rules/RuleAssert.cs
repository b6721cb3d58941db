using System;
using System.Linq;
using ParIndex.Rules;
using ParIndex.Scoring;
using ParIndex.Utility;
using Xunit;

namespace ParIndex.Tests.Rules;

internal static class RuleAssert
{
    public static decimal Points(ScoringRule rule, IndicatorValue value, decimal max, int year = 2023)
    {
        Assert.Equal(rule.InputKind, value.Kind);
        Assert.Null(rule.CheckInput(value));
        var outcome = rule.Evaluate(value, new RuleContext(max, year));

        // The scorer's integer fast path, where the rule takes it for this value, must give the same points and step.
        if (rule.TryEvaluateUnits(value, FixedPoint.ToUnits(max), year, out var units, out var step))
        {
            Assert.Equal(Math.Round(outcome.Points, FixedPoint.Decimals, MidpointRounding.ToEven), FixedPoint.ToPoints(units));
            Assert.Equal(outcome.Step, step);
        }
        return outcome.Points;
    }

    public static string[] Problems(ScoringRule rule, decimal max) =>
        [.. rule.Validate("X", max).Select(d => d.Kind + ": " + d.Message)];
}
