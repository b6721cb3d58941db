using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ParIndex.Analysis;
using ParIndex.Composites;

namespace ParIndex.Benchmarks;

/// <summary>10,000 Monte Carlo runs of COINr's ASEM example (51 units, 49 indicators) with ±25 % noise on the weights of
/// levels 2 and 3, as COINr's sensitivity vignette: re-aggregating the normalised data only, against re-building the
/// model with the noisy weights and re-running the whole pipeline through the public API each run.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompositeUncertaintyBenchmarks
{
    private const int Runs = 10_000;
    private const double Noise = 0.25;

    private CompositeModel _model = null!;
    private CompositePipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup() => (_model, _pipeline) = CompositeBenchmarks.Asem();

    /// <summary>Each run: every level-2 and level-3 weight × (1 + 0.25 u), u uniform in [−1, 1), a new model, the whole
    /// pipeline, and a count per unit and rank.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveRerunPipelineEachRun()
    {
        var random = new Random(2017);
        var units = _model.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var counts = new long[units.Count * units.Count];
        for (var run = 0; run < Runs; run++)
        {
            var elements = _model.Elements.Select(e => e.Level is 2 or 3 ? new CompositeElement
            {
                Code = e.Code, Name = e.Name, Type = e.Type, Level = e.Level, Parent = e.Parent, Direction = e.Direction,
                Weight = e.Weight * (1 + (Noise * ((2 * random.NextDouble()) - 1))), Denominator = e.Denominator, Target = e.Target, Unit = e.Unit,
            } : e);
            foreach (var row in _pipeline.Run(new CompositeModel(_model.Units, elements)).Ranking)
            {
                counts[(units[row.UnitCode] * units.Count) + row.Rank - 1]++;
            }
        }
        return counts[0];
    }

    [Benchmark]
    public double CompositeUncertainty10000() =>
        RankUncertainty.Run(_model, _pipeline, new CompositeUncertaintyOptions { Runs = Runs, WeightNoise = Noise }).Sum(u => u.MeanRank);
}
