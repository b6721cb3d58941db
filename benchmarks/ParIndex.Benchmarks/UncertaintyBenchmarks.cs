using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ParIndex.Analysis;
using ParIndex.Rankings;
using ParIndex.Rules;
using ParIndex.Scoring;

namespace ParIndex.Benchmarks;

/// <summary>10,000 Monte Carlo runs re-scoring and re-ranking 63 provinces on a 104-leaf methodology with the survey
/// leaves redrawn (standard error 2 points), against re-scoring through the public API each run.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class UncertaintyBenchmarks
{
    private const int Runs = 10_000;
    private const double StandardError = 2;

    private Scorer _scorer = null!;
    private ReportedIndicators[] _units = null!;
    private Scorecard[] _cards = null!;

    [GlobalSetup]
    public void Setup()
    {
        var methodology = SyntheticData.Cached;
        _scorer = new Scorer(methodology);
        _units = SyntheticData.Units(methodology, 63);
        _cards = [.. _scorer.ScoreAll(_units)];
    }

    /// <summary>Each run: new indicators with the survey percentages redrawn, Scorer.ScoreAll, Ranking.ByIndex, and a
    /// count per unit and rank.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveRescoreEachRun()
    {
        var random = new Random(2017);
        var counts = new long[_units.Length * _units.Length];
        var survey = _scorer.Methodology.Leaves.Where(l => l.Rule is SurveyPercentageRule).Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var index = _units.Select((u, i) => (u.Unit.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        for (var run = 0; run < Runs; run++)
        {
            var perturbed = _units.Select(u => new ReportedIndicators(u.Unit, u.Year, u.Select(kv => survey.Contains(kv.Key) && kv.Value.Kind == IndicatorKind.Percent
                ? KeyValuePair.Create(kv.Key, IndicatorValue.Percent(Math.Round((decimal)Math.Clamp((double)kv.Value.Number + (StandardError * Normal(random)), 0, 100), 6)))
                : kv)));
            foreach (var row in Ranking.ByIndex(_scorer.ScoreAll(perturbed)).Entries)
            {
                counts[(index[row.Unit.Code] * _units.Length) + row.Rank - 1]++;
            }
        }
        return counts[0];
    }

    [Benchmark]
    public double RankUncertainty10000() =>
        RankUncertainty.Run(_cards, new UncertaintyOptions { Runs = Runs, SurveyStandardError = (decimal)StandardError })[0].MeanRank;

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
