using System.Linq;
using BenchmarkDotNet.Attributes;
using ParIndex.Surveys;

namespace ParIndex.Benchmarks;

/// <summary>
/// Score and aggregate 1,000,000 respondents × 30 questions per province (question shares, element, service, policy and
/// overall indices, national figures), against a naive LINQ group-by that computes only the point estimates.
/// </summary>
/// <remarks>The responses are generated once (seeded) and held in an array, so that the benchmark measures the tally,
/// not the generator; the tally's allocations do not grow with the respondents (divide by <see cref="Respondents"/> for
/// bytes per respondent).</remarks>
[MemoryDiagnoser]
public class SurveyBenchmarks
{
    private static readonly SipasOptions PointEstimatesOnly = new() { BootstrapReplicates = 0 };
    private static readonly SipasOptions Weighted = new() { Weighting = SurveyWeighting.SamplingWeights };
    private static readonly SipasOptions WeightedPointEstimatesOnly = new() { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 0 };

    private SurveyInstrument _instrument = null!;
    private SurveyResponse[] _responses = null!;

    [Params(1_000_000)]
    public int Respondents { get; set; }

    [Params(30)]
    public int Questions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _instrument = SyntheticSurvey.Instrument(Questions);
        _responses = [.. SyntheticSurvey.Responses(_instrument, Respondents, seed: 42)];
    }

    /// <summary>Group by province, then per question count valid and satisfied answers, then mean per element and overall.</summary>
    [Benchmark(Baseline = true)]
    public double NaiveLinqGroupBy()
    {
        var questions = _instrument.Questions;
        var satisfaction = Enumerable.Range(0, questions.Length).Where(i => questions[i].Scale.IsSatisfaction).ToArray();
        return _responses
            .GroupBy(r => r.Province)
            .Select(g =>
            {
                var shares = satisfaction.ToDictionary(i => i, i =>
                {
                    var valid = g.Count(r => r.Answers[i] is >= 1 and <= 5);
                    return valid == 0 ? double.NaN : 100.0 * g.Count(r => r.Answers[i] is 4 or 5) / valid;
                });
                var elements = _instrument.Elements
                    .Select(e => e.Questions.Select(q => _instrument.PositionOf(q.Code)).Where(shares.ContainsKey).Select(i => shares[i]).DefaultIfEmpty(double.NaN).Average())
                    .ToArray();
                return elements.Where(v => !double.IsNaN(v)).Average();
            })
            .Average();
    }

    /// <summary>The streaming tally with the default options: Wilson intervals and a 200-replicate bootstrap.</summary>
    [Benchmark]
    public decimal Tally() => SipasResult.Compute(_instrument, _responses).NationalPooled.Overall!.Value;

    /// <summary>The streaming tally, point estimates and Wilson intervals only.</summary>
    [Benchmark]
    public decimal TallyWithoutBootstrap() => SipasResult.Compute(_instrument, _responses, PointEstimatesOnly).NationalPooled.Overall!.Value;

    /// <summary>The streaming tally with the respondents' sampling weights (0.5 to 2), with the bootstrap.</summary>
    [Benchmark]
    public decimal WeightedTally() => SipasResult.Compute(_instrument, _responses, Weighted).NationalPooled.Overall!.Value;

    /// <summary>The streaming tally with the respondents' sampling weights, point estimates and Wilson intervals only.</summary>
    [Benchmark]
    public decimal WeightedTallyWithoutBootstrap() => SipasResult.Compute(_instrument, _responses, WeightedPointEstimatesOnly).NationalPooled.Overall!.Value;
}
