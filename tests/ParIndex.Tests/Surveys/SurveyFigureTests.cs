namespace ParIndex.Tests.Surveys;

public class SurveyFigureTests
{
    // Cà Mau: 8 respondents weighted 1, 1, 1, 1, 2, 2, 2, 2, answering 5 and 2 in turn: every question has 6 of 12 weight
    // satisfied → 50 %, on Kish's (Σw)² ÷ Σw² = 144 ÷ 20 = 7.2 effective answers. Wilson (z = 1.959964, z² = 3.841459) by
    // hand: 0.5 ± 1.959964 × √(0.25 / 7.2 + 3.841459 / 207.36) ÷ (1 + 3.841459 / 7.2) = 0.5 ± 0.294920 → [20.51, 79.49];
    // unweighted, on 8: 0.5 ± 0.284784 → [21.52, 78.48].
    private static SurveyFigure FirstQuestion(SurveyWeighting weighting)
    {
        var caMau = ProvinceList.Units63["96"];
        var responses = Enumerable.Range(0, 8)
            .Select(r => new SurveyResponse(2019, caMau, Enumerable.Repeat((byte)(r % 2 == 0 ? 5 : 2), 22), r < 4 ? 1 : 2));
        var result = SipasResult.Compute(SurveyInstruments.Decision2640, responses, new SipasOptions { Weighting = weighting, BootstrapReplicates = 0, MinimumAnswers = 1 });
        return result[caMau].Find(SipasMeasure.Question("TC1"))!;
    }

    [Fact]
    public void EffectiveAnswers_WeightedWilson_IsKishsEffectiveSize()
    {
        var figure = FirstQuestion(SurveyWeighting.SamplingWeights);

        Assert.Equal((8L, 7.2), (figure.Answers, Math.Round(figure.EffectiveAnswers!.Value, 10)));
        Assert.Equal("50.00% [20.51, 79.49] (Wilson, n = 8, effective n = 7.2)", figure.ToString());
    }

    [Fact]
    public void EffectiveAnswers_Unweighted_IsNullAndTheTextAsBefore()
    {
        var figure = FirstQuestion(SurveyWeighting.Unweighted);

        Assert.Null(figure.EffectiveAnswers);
        Assert.Equal("50.00% [21.52, 78.48] (Wilson, n = 8)", figure.ToString());
    }

    [Fact]
    public void EffectiveAnswers_WeightedWilsonAtBoundary_IsTheFewestOfItsQuestions()
    {
        // Every answer 5, the same weights: 100 % everywhere, so the overall figure falls back to Wilson at 100 % on the
        // fewest effective answers of its questions, 7.2 each; by hand 7.2 / (7.2 + 3.841459) = 65.21 %.
        var caMau = ProvinceList.Units63["96"];
        var responses = Enumerable.Range(0, 8).Select(r => new SurveyResponse(2019, caMau, Enumerable.Repeat((byte)5, 22), r < 4 ? 1 : 2));
        var overall = SipasResult.Compute(SurveyInstruments.Decision2640, responses, new SipasOptions { Weighting = SurveyWeighting.SamplingWeights, MinimumAnswers = 1 })[caMau].Overall!;

        Assert.Equal(IntervalMethod.WilsonAtBoundary, overall.Method);
        Assert.Equal((7.2, 65.21m), (Math.Round(overall.EffectiveAnswers!.Value, 10), Math.Round(overall.Lower!.Value, 2)));
        Assert.EndsWith("(WilsonAtBoundary, n = 176, effective n = 7.2)", overall.ToString(), StringComparison.Ordinal);
    }
}
