using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ParIndex.Rankings;

namespace ParIndex.Benchmarks;

/// <summary>Rank 10,000 units with standard competition ties and groups, against a naive LINQ ranking.</summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private UnitValue[] _values = null!;

    [Params(10_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup() => _values = SyntheticData.Values(Units);

    /// <summary>OrderBy on rounded values, then a pass for ranks and groups.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinqRanking()
    {
        var ordered = _values
            .Select(v => (v.Unit, Key: Math.Round(v.Value, 2, MidpointRounding.AwayFromZero)))
            .OrderByDescending(v => v.Key)
            .ThenBy(v => v.Unit.Name, StringComparer.Ordinal)
            .ThenBy(v => v.Unit.Code, StringComparer.Ordinal)
            .ToList();
        var rank = 0;
        var result = new (object Unit, int Rank, Group? Group)[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            rank = i > 0 && ordered[i].Key == ordered[i - 1].Key ? rank : i + 1;
            result[i] = (ordered[i].Unit, rank, GroupScheme.Ministry.Classify(ordered[i].Key));
        }
        return result.Length;
    }

    [Benchmark]
    public int Ranking10000() => Ranking.Create(_values).Entries.Length;
}
