namespace ParIndex.Tests.Composites;

/// <summary>Every aggregator on children 80 and 20 with weights 3 and 1, by hand.</summary>
public class AggregateTests
{
    private static readonly double[][] X = [[80, 80, double.NaN, 0], [20, double.NaN, double.NaN, 100]];
    private static readonly double[] W = [3, 1];

    private static double Mean(AggregateSpec spec, int unit = 0)
    {
        var value = AggregateStep.Mean(X, W, unit, spec, out var problem);
        Assert.Null(problem);
        return value;
    }

    [Fact]
    public void Arithmetic_IsTheWeightedMean() =>
        // 0.75·80 + 0.25·20 = 65.
        Assert.Equal(65, Mean(AggregateSpec.Default), 12);

    [Fact]
    public void Geometric_Harmonic_Generalised()
    {
        // 80^0.75·20^0.25 = (80³·20)^(1/4) = 10 240 000^(1/4) = 56.5685… (= 40√2).
        Assert.Equal(40 * Math.Sqrt(2), Mean(new AggregateSpec(AggregateMethod.Geometric)), 10);
        // 1/(0.75/80 + 0.25/20) = 1/0.021875 = 45.714285…
        Assert.Equal(1 / 0.021875, Mean(new AggregateSpec(AggregateMethod.Harmonic)), 10);
        // p = 2: √(0.75·6400 + 0.25·400) = √4900 = 70.
        Assert.Equal(70, Mean(new AggregateSpec(AggregateMethod.Generalised, P: 2)), 10);
    }

    [Fact]
    public void MissingChild_ReweightsOverThePresentOnes_UnlessBelowTheThreshold()
    {
        Assert.Equal(80, Mean(AggregateSpec.Default, unit: 1), 12);
        Assert.True(double.IsNaN(Mean(AggregateSpec.Default with { Threshold = 0.6 }, unit: 1)));
        Assert.True(double.IsNaN(Mean(AggregateSpec.Default, unit: 2)));
    }

    [Fact]
    public void GeometricOverZero_IsAClearError_OrShifted()
    {
        AggregateStep.Mean(X, W, 3, new AggregateSpec(AggregateMethod.Geometric), out var problem);
        Assert.Equal("a geometric mean needs values above zero, and a child has 0 (give a shift, e.g. \"shift\": 1)", problem?.Message);
        // shift 1: 1^0.75·101^0.25 − 1 = 3.17015… − 1.
        Assert.Equal(Math.Pow(101, 0.25) - 1, Mean(new AggregateSpec(AggregateMethod.Geometric, Shift: 1), unit: 3), 10);
    }

    [Fact]
    public void Copeland_CountsPairwiseMajorities()
    {
        // Units A (3, 3), B (2, 4), C (1, 1), equal weights. A vs B: one child each → ½ → 0; A and B beat C on both → +1.
        // A: 0 + 1 = 1; B: 0 + 1 = 1; C: −1 − 1 = −2.
        var scores = new double[3];
        AggregateStep.Copeland([[3, 2, 1], [3, 4, 1]], [1, 1], scores);
        Assert.Equal([1, 1, -2], scores);
    }

    [Fact]
    public void AggregateStep_PerNodeMethod_AndNamedWeights()
    {
        var model = Small.Model([("A", 1, [80, 10]), ("B", 1, [20, 40])]);
        var result = CompositePipeline.Parse("""
            { "formatVersion": 1, "weightSets": { "heavyA": { "A": 3 } },
              "steps": [ { "step": "aggregate", "weights": "heavyA", "nodes": { "Index": { "method": "geometric" } } } ] }
            """).Run(model);
        // U1: 80^0.75·20^0.25 = 40√2; U2: 10^0.75·40^0.25 = 10·4^0.25 = 10√2.
        Assert.Equal(40 * Math.Sqrt(2), result.Scores["U1", "Index"]!.Value, 10);
        Assert.Equal(10 * Math.Sqrt(2), result.Scores["U2", "Index"]!.Value, 10);
    }

    [Fact]
    public void AggregateStep_ReportsEveryUnitAZeroStops()
    {
        var model = Small.Model([("A", 1, [0, 0, 5]), ("B", 1, [1, 2, 3])]);
        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "aggregate", "method": "geometric" } ] }
            """).Run(model));
        Assert.Equal(["U1", "U2"], error.Diagnostics.Select(d => d.UnitCode));
        Assert.All(error.Diagnostics, d => Assert.Equal(DiagnosticKind.InvalidStep, d.Kind));
        Assert.Equal("$.steps[0]", error.Diagnostics[0].JsonPath);
        Assert.Equal("aggregate step: a geometric mean needs values above zero, and a child has 0 (give a shift, e.g. \"shift\": 1)", error.Diagnostics[0].Message);
    }

    [Fact]
    public void ChildrenPresentWeightedZero_AreAProblem_NotAMissingValue()
    {
        // Weights A 0, B 1. U1 has only A: Σw over the children present is 0, so Σwx/Σw would be 0/0; U2 has both, 2.
        var model = Small.Model([("A", 1, [5, 1]), ("B", 1, [double.NaN, 2])], weights: [0, 1]);

        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "aggregate" } ] }
            """).Run(model));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.NonPositiveDenominator, problem.Kind);
        Assert.Equal("$.steps[0], unit U1, element Index: aggregate step: the weights of the children present sum to 0, and a weighted mean divides by them", problem.ToString());
    }

    [Fact]
    public void CopelandWithEveryWeightZero_IsAProblem()
    {
        var model = Small.Model([("A", 1, [5, 1]), ("B", 1, [3, 2])], weights: [0, 0]);

        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("""
            { "formatVersion": 1, "steps": [ { "step": "aggregate", "method": "copeland" } ] }
            """).Run(model));

        Assert.Equal("$.steps[0], element Index: aggregate step: Copeland's outranking shares divide by the children's weights, and they sum to 0", error.Diagnostics.Single().ToString());
    }

    [Theory]
    [InlineData("""{ "step": "aggregate", "method": "harmonic" }""", "a harmonic mean needs values above zero, and a child has -2")]
    [InlineData("""{ "step": "aggregate", "method": "generalised", "p": 0.5 }""", "a generalised mean needs values of zero or more, and a child has -2")]
    public void NegativeChildren_OfAHarmonicOrPowerMean_AreAProblem(string step, string message)
    {
        // Harmonic of 2 and −2: Σw/Σ(w/x) = 2/(1/2 − 1/2) = 2/0; generalised with p ½: √−2 is not a number.
        var model = Small.Model([("A", 1, [2]), ("B", 1, [-2])]);

        var error = Assert.Throws<InvalidCompositeException>(() => CompositePipeline.Parse("{ \"formatVersion\": 1, \"steps\": [ " + step + " ] }").Run(model));

        Assert.Equal("aggregate step: " + message + " (give a shift, e.g. \"shift\": 1)", error.Diagnostics.Single().Message);
    }
}
