namespace ParIndex.Tests.Properties;

[Properties(Arbitrary = [typeof(SurveyGenerators)], MaxTest = 150)]
public class SurveyProperties
{
    private static readonly SipasOptions Weighted = new() { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 0 };

    private static IEnumerable<SurveyFigure> Figures(SipasResult result) =>
        result.Provinces.Append(result.NationalPooled).Append(result.NationalMeanOfProvinces)
            .SelectMany(p => p.Items.Select(i => i.Figure).Concat(p.Elements.Select(e => e.Figure)).Append(p.Service).Append(p.Policy).Append(p.Overall))
            .OfType<SurveyFigure>();

    [Property]
    public void EveryFigure_IsAPercentage_AndItsIntervalContainsIt(SurveyCase @case)
    {
        foreach (var options in new[] { new SipasOptions { BootstrapReplicates = 20 }, new SipasOptions { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 20 } })
        {
            foreach (var figure in Figures(SipasResult.Compute(SurveyFixture.Instrument, @case.Responses, options)))
            {
                Assert.InRange(figure.Value, 0m, 100m);
                if (figure.Method is IntervalMethod.None or IntervalMethod.NotEstimable)
                {
                    Assert.Null(figure.Lower); // no interval is better than a zero-width one that reads as certainty
                    Assert.Null(figure.Upper);
                }
                else
                {
                    Assert.InRange(figure.Lower!.Value, 0m, figure.Value);
                    Assert.InRange(figure.Upper!.Value, figure.Value, 100m);
                    Assert.True(figure.Upper > figure.Lower, $"a {figure.Method} interval of zero width at {figure.Value}");
                }
            }
        }
    }

    [Property]
    public Property AddingASatisfiedAnswer_NeverLowersTheQuestionsShare() =>
        Prop.ForAll(SurveyGenerators.Cases.ToArbitrary(), Gen.Choose(0, 4).Where(i => i != 3).ToArbitrary(), Gen.Elements<byte>(4, 5).ToArbitrary(), (@case, item, code) =>
        {
            foreach (var options in new[] { new SipasOptions { BootstrapReplicates = 0 }, Weighted })
            {
                var before = SipasResult.Compute(SurveyFixture.Instrument, @case.Responses, options);
                var province = @case.Responses[0].Province;
                var answers = new byte[5];
                answers[item] = code;
                var after = SipasResult.Compute(SurveyFixture.Instrument, [.. @case.Responses, new SurveyResponse(SurveyFixture.Year, province, answers, 2.0)], options);

                var share = before[province].Items[item].Figure?.Value ?? 0m;
                Assert.True(after[province].Items[item].Figure!.Value >= share, $"{share} → {after[province].Items[item].Figure}");
                Assert.True(after.NationalPooled.Items[item].Figure!.Value >= (before.NationalPooled.Items[item].Figure?.Value ?? 0m));
            }
        });

    [Property]
    public Property PermutingRespondents_ChangesNoFigure() =>
        Prop.ForAll(SurveyGenerators.Cases.SelectMany(c => Gen.Shuffle(c.Responses).Select(s => (c.Responses, Shuffled: s))).ToArbitrary(), t =>
        {
            foreach (var options in new[] { new SipasOptions { BootstrapReplicates = 0 }, Weighted })
            {
                var a = Figures(SipasResult.Compute(SurveyFixture.Instrument, t.Responses, options)).Select(f => (f.Value, f.Lower, f.Upper, f.Answers));
                var b = Figures(SipasResult.Compute(SurveyFixture.Instrument, t.Shuffled, options)).Select(f => (f.Value, f.Lower, f.Upper, f.Answers));
                Assert.Equal(a, b);
            }
        });

    [Property]
    public Property WilsonIntervals_NarrowAsTheSampleGrows() =>
        Prop.ForAll(SurveyGenerators.Cases.ToArbitrary(), Gen.Choose(2, 5).ToArbitrary(), (@case, copies) =>
        {
            // The same answers, each given by `copies` respondents: the same shares on a larger sample.
            var larger = Enumerable.Repeat(@case.Responses, copies).SelectMany(r => r).ToArray();
            var small = SipasResult.Compute(SurveyFixture.Instrument, @case.Responses, new SipasOptions { BootstrapReplicates = 0 });
            var large = SipasResult.Compute(SurveyFixture.Instrument, larger, new SipasOptions { BootstrapReplicates = 0 });

            foreach (var (s, l) in small.NationalPooled.Items.Zip(large.NationalPooled.Items).Where(p => p.First.Figure is not null))
            {
                Assert.Equal(s.Figure!.Value, l.Figure!.Value);
                Assert.True(l.Figure.Upper - l.Figure.Lower < s.Figure.Upper - s.Figure.Lower, $"{s.Figure} vs {l.Figure}");
            }
        });

    [Fact]
    public void BootstrapIntervals_NarrowAsTheSampleGrows()
    {
        // Seeded synthetic survey: 16 times the respondents gives a clearly narrower bootstrap interval of the overall index.
        var instrument = SyntheticSurvey.Instrument(10);
        var small = SipasResult.Compute(instrument, SyntheticSurvey.Responses(instrument, 2_000, seed: 3)).NationalPooled.Overall!;
        var large = SipasResult.Compute(instrument, SyntheticSurvey.Responses(instrument, 32_000, seed: 3)).NationalPooled.Overall!;

        Assert.True(large.Upper - large.Lower < (small.Upper - small.Lower) / 2, $"{small} vs {large}");
    }
}
