using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ParIndex.Composites;

namespace ParIndex.Benchmarks;

/// <summary>COINr's example coin on its ASEM data (51 units, 49 indicators, 4 levels), raw data to ranks: denominate,
/// impute by group mean, screen, Winsorise, min-max, arithmetic means, rank; against a naive version of the same steps
/// (dictionaries of units, LINQ per column, statistics recomputed from scratch).</summary>
[MemoryDiagnoser]
public class CompositeBenchmarks
{
    private CompositeModel _model = null!;
    private CompositePipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_model, _pipeline) = Asem();
        var (code, index) = NaiveAsemPipeline();
        var top = _pipeline.Run(_model).Ranking[0];
        if (code != top.UnitCode || Math.Abs(index - top.Value) > 1e-9)
        {
            throw new InvalidOperationException($"the baseline disagrees: {code} {index} against {top}");
        }
    }

    /// <summary>The steps written plainly, each unit a dictionary of indicator values.</summary>
    [Benchmark(Baseline = true)]
    public (string Code, double Index) NaiveAsemPipeline()
    {
        var indicators = _model.Elements.Where(e => e.Type == ElementType.Indicator).ToList();
        var data = _model.Units.ToDictionary(u => u.Code, u => indicators.ToDictionary(i => i.Code, i =>
        {
            var value = u.Values[i.Code];
            return i.Denominator is { } d ? value / u.Values[d] : value;
        }));
        foreach (var i in indicators)
        {
            foreach (var group in _model.Units.GroupBy(u => u.Groups["EurAsia_group"]))
            {
                var mean = group.Select(u => data[u.Code][i.Code]).Where(v => v is not null).Average();
                foreach (var u in group.Where(u => data[u.Code][i.Code] is null))
                {
                    data[u.Code][i.Code] = mean;
                }
            }
        }
        var kept = data.Where(d => d.Value.Values.Count(v => v is not null) >= 0.9 * indicators.Count).Select(d => d.Key).ToList();
        var scores = kept.ToDictionary(u => u, _ => new Dictionary<string, double>());
        foreach (var i in indicators)
        {
            var column = kept.Select(u => data[u][i.Code]!.Value).ToList();
            Treat(column);
            var (min, max) = (column.Min() * i.Direction, column.Max() * i.Direction);
            (min, max) = (Math.Min(min, max), Math.Max(min, max));
            for (var k = 0; k < kept.Count; k++)
            {
                scores[kept[k]][i.Code] = ((column[k] * i.Direction) - min) / (max - min) * 100;
            }
        }
        foreach (var level in Enumerable.Range(2, _model.MaxLevel - 1))
        {
            foreach (var aggregate in _model.Elements.Where(e => e.Level == level))
            {
                var children = _model.Elements.Where(e => e.Parent == aggregate.Code).ToList();
                foreach (var u in kept)
                {
                    scores[u][aggregate.Code] = children.Sum(c => c.Weight!.Value * scores[u][c.Code]) / children.Sum(c => c.Weight!.Value);
                }
            }
        }
        var best = scores.OrderByDescending(s => s.Value["Index"]).First();
        return (best.Key, best.Value["Index"]);
    }

    [Benchmark]
    public int AsemPipeline() => _pipeline.Run(_model).Ranking.Length;

    private static void Treat(List<double> x)
    {
        static (double Skew, double Kurt) Shape(List<double> x)
        {
            double n = x.Count, mean = x.Average();
            double s2 = x.Sum(v => Math.Pow(v - mean, 2)), s3 = x.Sum(v => Math.Pow(v - mean, 3)), s4 = x.Sum(v => Math.Pow(v - mean, 4));
            return (Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5) * Math.Sqrt(n * (n - 1)) / (n - 2), (((n + 1) * ((n * s4 / (s2 * s2)) - 3)) + 6) * (n - 1) / ((n - 2) * (n - 3)));
        }
        static bool Passes(List<double> x) => Shape(x) is var s && (Math.Abs(s.Skew) < 2 || s.Kurt < 3.5);
        if (Passes(x))
        {
            return;
        }
        var original = x.ToList();
        int high = 0, low = 0;
        while (!Passes(x) && high + low < 5)
        {
            var up = Shape(x).Skew >= 0;
            var extreme = up ? x.Max() : x.Min();
            var next = up ? x.Where(v => v != extreme).Max() : x.Where(v => v != extreme).Min();
            var count = x.Count(v => v == extreme);
            for (var k = 0; k < x.Count; k++)
            {
                x[k] = x[k] == extreme ? next : x[k];
            }
            (high, low) = up ? (count, low) : (high, count);
        }
        if (!Passes(x))
        {
            var (min, max) = (original.Min(), original.Max());
            for (var k = 0; k < x.Count; k++)
            {
                x[k] = Math.Log(original[k] - min + (0.01 * (max - min)));
            }
        }
    }

    /// <summary>COINr's ASEM example from samples/data/composites: the data and metadata, and the pipeline.</summary>
    internal static (CompositeModel Model, CompositePipeline Pipeline) Asem()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "samples", "data", "composites");
        return (CompositeModel.ReadCsv(File.ReadAllText(Path.Combine(folder, "asem-idata.csv")), File.ReadAllText(Path.Combine(folder, "asem-imeta.csv"))),
            CompositePipeline.Parse(File.ReadAllText(Path.Combine(folder, "asem.json"))));
    }
}
