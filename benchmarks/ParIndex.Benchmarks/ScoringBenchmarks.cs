using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ParIndex.Methodologies;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>Score 63 provinces on a 104-leaf methodology and rank them, against a naive dictionary/LINQ scorer.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Methodology _methodology = null!;
    private Scorer _scorer = null!;
    private ReportedIndicators[] _units = null!;

    [GlobalSetup]
    public void Setup()
    {
        _methodology = SyntheticData.Methodology();
        _scorer = new Scorer(_methodology);
        _units = SyntheticData.Units(_methodology, 63);
    }

    /// <summary>The obvious implementation: a dictionary per unit, recursion with LINQ sums, then OrderBy.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveScoreAndRank63()
    {
        var totals = _units.Select(unit =>
        {
            var values = unit.ToDictionary(p => p.Key, p => p.Value);
            decimal Points(MethodologyNode node) => node.IsLeaf
                ? ((Criterion)node).Rule!.Evaluate(values[node.Code], new RuleContext(node.MaxPoints, unit.Year)).Points
                : node.Children.Sum(Points);
            var total = _methodology.Areas.Sum(Points);
            return (unit.Unit, Index: total / _methodology.MaxPoints * 100m);
        }).ToList();
        var ranked = totals
            .OrderByDescending(t => decimal.Round(t.Index, 2))
            .ThenBy(t => t.Unit.Name, System.StringComparer.Ordinal)
            .Select((t, i) => (t.Unit, Rank: i + 1))
            .ToList();
        return ranked.Count;
    }

    [Benchmark]
    public int ScoreAndRank63() => Ranking.ByIndex(_scorer.ScoreAll(_units)).Entries.Length;

    [Benchmark]
    public Scorecard ScoreOne() => _scorer.Score(_units[0]);
}
