using System.Threading.Tasks;

namespace ParIndex.Tests.Surveys;

public class SipasResultComputeTests
{
    private static readonly SipasOptions NoBootstrap = new() { BootstrapReplicates = 0 };

    private static decimal V(SurveyFigure? figure) => Math.Round(figure!.Value, 6);

    [Fact]
    public void Compute_Unweighted_MatchesTheHandCalculation()
    {
        var result = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, NoBootstrap);
        var caMau = result[SurveyFixture.CaMau];

        // A1: 5,2,4,3 → 2 of 4 satisfied = 50%. A2: 4, don't know, blank, 5 → 2 of 2 = 100%. B1: 3,4,1,5 → 50%. P1: 2,5,4,1 → 50%.
        Assert.Equal([50m, 100m, 50m, 50m], caMau.Items.Where(i => i.Figure is not null).Select(i => V(i.Figure)));
        Assert.Null(caMau.Items[3].Figure); // B2 is yes/no: counted, not a share
        Assert.Equal((2L, 1L, 1L), (caMau.Items[1].Valid, caMau.Items[1].DontKnow, caMau.Items[1].NoAnswer));
        Assert.Equal((2L, 1L, 1L), (caMau.Items[3].CountOf(1), caMau.Items[3].CountOf(2), caMau.Items[3].DontKnow));
        // A = (50 + 100) / 2 = 75; B = 50; service = (75 + 50) / 2 = 62.5; policy = 50; overall = (62.5 + 50) / 2 = 56.25.
        Assert.Equal([75m, 50m, 50m], caMau.Elements.Select(e => V(e.Figure)));
        Assert.Equal((62.5m, 50m, 56.25m), (V(caMau.Service), V(caMau.Policy), V(caMau.Overall)));
        Assert.Equal(4, caMau.Respondents);
        Assert.Equal(100m, V(result[SurveyFixture.HaNoi].Overall));
    }

    [Fact]
    public void Compute_SamplingWeights_MatchesTheHandCalculation()
    {
        var result = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 0 });
        var caMau = result[SurveyFixture.CaMau];

        // Weights 1, 3, 1, 1. A1: satisfied 1 + 1 of 6 = 33.33%; A2: 2 of 2 = 100%; B1: 3 + 1 of 6 = 66.67%; P1: 3 + 1 of 6 = 66.67%.
        Assert.Equal(Math.Round(100m / 3m, 6), V(caMau.Items[0].Figure));
        Assert.Equal(Math.Round(200m / 3m, 6), V(caMau.Items[2].Figure));
        // A = (33.33 + 100) / 2 = 66.67, B = 66.67: every figure is 200/3.
        Assert.All(new[] { caMau.Elements[0].Figure, caMau.Service, caMau.Policy, caMau.Overall }, f => Assert.Equal(Math.Round(200m / 3m, 6), V(f)));
        Assert.Equal(4, caMau.Items[0].Valid); // counts are of answers, unweighted
    }

    [Fact]
    public void Compute_National_GivesPooledRespondentsAndMeanOfProvinces()
    {
        var result = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, NoBootstrap);

        // Pooled (5 respondents): A1 3 of 5 = 60, A2 3 of 3 = 100, B1 3 of 5 = 60, P1 3 of 5 = 60;
        // A = 80, B = 60, service = 70, policy = 60, overall = 65.
        var pooled = result.NationalPooled;
        Assert.Equal((80m, 60m, 70m, 60m, 65m), (V(pooled.Elements[0].Figure), V(pooled.Elements[1].Figure), V(pooled.Service), V(pooled.Policy), V(pooled.Overall)));
        Assert.Equal(5, pooled.Respondents);
        // Mean of provinces: Cà Mau 56.25 and Hà Nội 100 → 78.125; A1: (50 + 100) / 2 = 75.
        var mean = result.NationalMeanOfProvinces;
        Assert.Equal((78.125m, 75m), (V(mean.Overall), V(mean.Items[0].Figure)));
        Assert.Null(mean.Province);
    }

    [Fact]
    public void Compute_NeutralExcludedAndOnlyVerySatisfied_ChangeTheShares()
    {
        var withoutNeutral = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { ValidCodes = [1, 2, 4, 5], BootstrapReplicates = 0 });
        var onlyFive = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { SatisfiedCodes = [5], BootstrapReplicates = 0 });

        // Cà Mau A1 answers 5, 2, 4, 3: without the neutral 3, 2 of 3 = 66.67%; counting only 5, 1 of 4 = 25%.
        Assert.Equal(Math.Round(200m / 3m, 6), V(withoutNeutral[SurveyFixture.CaMau].Items[0].Figure));
        Assert.Equal(3, withoutNeutral[SurveyFixture.CaMau].Items[0].Valid);
        Assert.Equal(25m, V(onlyFive[SurveyFixture.CaMau].Items[0].Figure));
    }

    [Fact]
    public void Compute_ItemShares_HaveWilsonIntervals()
    {
        var result = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, NoBootstrap);
        var a1 = result[SurveyFixture.CaMau].Items[0].Figure!;
        var a2 = result[SurveyFixture.CaMau].Items[1].Figure!;

        // Wilson by hand, z = 1.959964: p = 0.5, n = 4 → [15.0039, 84.9961]; p = 1, n = 2 → [34.2380, 100].
        Assert.Equal(IntervalMethod.Wilson, a1.Method);
        Assert.Equal((15.0039m, 84.9961m), (Math.Round(a1.Lower!.Value, 4), Math.Round(a1.Upper!.Value, 4)));
        Assert.Equal((34.2380m, 100m), (Math.Round(a2.Lower!.Value, 4), Math.Round(a2.Upper!.Value, 4)));
        Assert.Equal(IntervalMethod.None, result[SurveyFixture.CaMau].Overall!.Method);
    }

    [Fact]
    public void Compute_Weighted_WilsonUsesKishEffectiveSize()
    {
        var result = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 0 });
        var a1 = result[SurveyFixture.CaMau].Items[0].Figure!;

        // Weights 1, 3, 1, 1: n_eff = 6² / (1 + 9 + 1 + 1) = 3, p = 1/3 → Wilson [6.1492, 79.2340].
        Assert.Equal((6.1492m, 79.2340m), (Math.Round(a1.Lower!.Value, 4), Math.Round(a1.Upper!.Value, 4)));
    }

    [Fact]
    public void Compute_SamplingWeights_DoNotDependOnTheOrderOfTheRespondents()
    {
        // 24 respondents answering 5 or 2 to every question, weights of two decimals: the satisfied ones sum to 82.73, all
        // to 127.91, so every figure is 100 × 82.73 / 127.91 = 64.678289422250019… → 64.6782894223 at 10 decimals. Summed
        // in double in row order, the first order gave 64.6782894223 and the second 64.6782894222.
        (double Weight, bool Satisfied)[] rows =
        [
            (5.43, false), (4.11, false), (6.79, true), (1.82, false), (9.41, true), (4.46, false), (9.04, true), (7.05, true),
            (7.43, true), (3.07, false), (9.16, true), (2.46, false), (7.21, true), (0.72, true), (0.54, false), (7.77, true),
            (1.98, true), (5.18, false), (9.32, false), (6.9, true), (7.7, false), (1.62, true), (1.09, false), (7.65, true),
        ];
        int[] shuffled = [4, 9, 10, 3, 16, 15, 8, 18, 20, 7, 5, 13, 23, 11, 21, 1, 0, 14, 6, 19, 17, 12, 22, 2];
        var options = new SipasOptions { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 0 };
        IEnumerable<SurveyFigure> Figures(IEnumerable<(double Weight, bool Satisfied)> order)
        {
            var result = SipasResult.Compute(SurveyFixture.Instrument, order.Select(r =>
            {
                var a = (byte)(r.Satisfied ? 5 : 2);
                return new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [a, a, a, 1, a], r.Weight);
            }), options);
            return new[] { result[SurveyFixture.CaMau], result.NationalPooled, result.NationalMeanOfProvinces }
                .SelectMany(p => p.Items.Select(i => i.Figure).Concat(p.Elements.Select(e => e.Figure)).Append(p.Service).Append(p.Policy).Append(p.Overall))
                .OfType<SurveyFigure>().ToList();
        }

        var inRows = Figures(rows);
        var inShuffledRows = Figures(shuffled.Select(i => rows[i]));

        Assert.All(inRows.Concat(inShuffledRows), f => Assert.Equal(64.6782894223m, f.Value));
        Assert.Equal(inRows, inShuffledRows); // intervals and effective answers too
    }

    [Fact]
    public void Compute_FewAnswers_AreFlagged()
    {
        var result = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { MinimumAnswers = 3, BootstrapReplicates = 0 });
        var caMau = result[SurveyFixture.CaMau];

        // A2 has 2 valid answers, below 3; A1 has 4. Element A and everything above it rest on A2 as well.
        Assert.Equal((false, true), (caMau.Items[0].Figure!.IsBelowMinimum, caMau.Items[1].Figure!.IsBelowMinimum));
        Assert.Equal((true, false, true), (caMau.Elements[0].Figure!.IsBelowMinimum, caMau.Elements[1].Figure!.IsBelowMinimum, caMau.Overall!.IsBelowMinimum));
        Assert.Equal(4 + 2 + 4 + 4, caMau.Overall.Answers);
    }

    [Fact]
    public void Compute_Bootstrap_IsReproducibleForASeed_AndContainsTheEstimate()
    {
        var survey = SyntheticSurvey.Responses(SyntheticSurvey.Instrument(12), 3000, seed: 5).ToList();
        var a = SipasResult.Compute(SyntheticSurvey.Instrument(12), survey);
        var b = SipasResult.Compute(SyntheticSurvey.Instrument(12), survey);
        var c = SipasResult.Compute(SyntheticSurvey.Instrument(12), survey, new SipasOptions { Seed = 99 });

        var overall = a.Provinces[0].Overall!;
        Assert.Equal(IntervalMethod.Bootstrap, overall.Method);
        Assert.Equal((overall.Lower, overall.Upper), (b.Provinces[0].Overall!.Lower, b.Provinces[0].Overall!.Upper));
        Assert.NotEqual(overall.Lower, c.Provinces[0].Overall!.Lower);
        Assert.InRange(overall.Value, overall.Lower!.Value, overall.Upper!.Value);
        Assert.True(overall.Upper - overall.Lower is > 0m and < 20m, overall.ToString());
    }

    [Fact]
    public async Task ComputeAsync_GivesTheSameFiguresAsCompute()
    {
        var expected = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses);
        var actual = await SipasResult.ComputeAsync(SurveyFixture.Instrument, SurveyFixture.Responses.ToAsyncEnumerable());

        Assert.Equal(expected.NationalPooled.Overall!.ToString(), actual.NationalPooled.Overall!.ToString());
        Assert.Equal(expected.Provinces.Select(p => p.ToString()), actual.Provinces.Select(p => p.ToString()));
    }

    [Fact]
    public void Compute_FormulaOutsidePercentages_Throws()
    {
        var options = new SipasOptions { ItemFormula = v => 101, BootstrapReplicates = 0 };

        Assert.Throws<InvalidOperationException>(() => SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, options));
    }

    [Theory]
    [InlineData(0.0)] // both ends of [0, 100] are percentages
    [InlineData(100.0)]
    public void Compute_FormulaAtTheEndsOfPercentages_IsAccepted(double share)
    {
        var options = new SipasOptions { ItemFormula = v => share, BootstrapReplicates = 0 };

        Assert.Equal((decimal)share, V(SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, options)[SurveyFixture.CaMau].Elements[0].Figure));
    }

    [Theory]
    [InlineData(SurveyWeighting.Unweighted)]
    [InlineData(SurveyWeighting.SamplingWeights)] // the weighted counting loop is a path of its own
    public void Compute_QuestionsOfDifferentScales_AreEachCountedOnTheirOwn(SurveyWeighting weighting)
    {
        // The first question is yes/no (codes 1 and 2), the next two five-point: a 4 or a 5 is out of the first one's
        // scale but in theirs. Answers (S0, S1, P1): (1, 5, 4), (2, 4, 1), (1, 2, 5) → S0: two "1", one "2";
        // S1: 5, 4, 2 → 2 of 3 satisfied = 66.666667 %; P1: 4, 1, 5 → 66.666667 %.
        var instrument = new SurveyInstrument("SCALES", "Phiếu thử", ParIndex.Methodologies.AssessmentYears.Between(2022, 2024),
        [
            new SurveyElement("S", "Dịch vụ", SurveyPart.ServiceDelivery, [new SurveyQuestion("S0", "Có biết", AnswerScale.YesNo), new SurveyQuestion("S1", "Câu S1", AnswerScale.Satisfaction5)]),
            new SurveyElement("P", "Chính sách", SurveyPart.PublicPolicy, [new SurveyQuestion("P1", "Câu P1", AnswerScale.Satisfaction5)]),
        ]);
        var responses = new[] { SurveyFixture.R(SurveyFixture.CaMau, 1, 1, 5, 4), SurveyFixture.R(SurveyFixture.CaMau, 1, 2, 4, 1), SurveyFixture.R(SurveyFixture.CaMau, 1, 1, 2, 5) };

        var caMau = SipasResult.Compute(instrument, responses, new SipasOptions { BootstrapReplicates = 0, Weighting = weighting })[SurveyFixture.CaMau];

        Assert.Equal((2L, 1L), (caMau.Items[0].CountOf(1), caMau.Items[0].CountOf(2)));
        Assert.Equal((3L, 66.666667m), (caMau.Items[1].Valid, V(caMau.Items[1].Figure)));
        Assert.Equal((3L, 66.666667m), (caMau.Items[2].Valid, V(caMau.Items[2].Figure)));
    }

    [Fact]
    public void Compute_WeightsOfOne_GiveTheUnweightedIntervals()
    {
        // Every respondent of TwoPartsOfKnownSpread weighs 1: weighting changes nothing, not even the bootstrap's draws.
        var (instrument, responses) = TwoPartsOfKnownSpread();
        SurveyFigure Overall(SurveyWeighting weighting) =>
            SipasResult.Compute(instrument, responses, new SipasOptions { Weighting = weighting, BootstrapReplicates = 200, BootstrapBlocks = 100 })[SurveyFixture.CaMau].Overall!;

        var (unweighted, weighted) = (Overall(SurveyWeighting.Unweighted), Overall(SurveyWeighting.SamplingWeights));
        Assert.Equal((unweighted.Value, unweighted.Lower, unweighted.Upper, unweighted.Method), (weighted.Value, weighted.Lower, weighted.Upper, weighted.Method));
        Assert.True(weighted.Upper > weighted.Lower); // a real interval, from replicates that vary
    }

    [Fact]
    public void Compute_UserFormula_IsUsedForElements()
    {
        // The smallest item share instead of the mean: Cà Mau A = min(50, 100) = 50.
        var options = new SipasOptions { ItemFormula = v => { var min = 100.0; foreach (var x in v) { min = Math.Min(min, x); } return min; }, BootstrapReplicates = 0 };

        Assert.Equal(50m, V(SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, options)[SurveyFixture.CaMau].Elements[0].Figure));
    }

    /// <summary>Sixteen synthetic respondents to the 22 questions of Decision 2640: eight in Hà Nội, every answer 4 or 5
    /// (100 % satisfied), eight in Thừa Thiên Huế, every answer 1 or 2 (0 %); weights 0.5 to 3.</summary>
    private static List<SurveyResponse> AllOrNothing()
    {
        var haNoi = ParIndex.Geography.ProvinceList.Units63["01"];
        var hue = ParIndex.Geography.ProvinceList.Units63["46"];
        byte[] Answers(int row, byte low, byte high) => [.. Enumerable.Range(0, 22).Select(q => (row + q) % 3 == 0 ? low : high)];
        double[] haNoiWeights = [1, 2, 0.5, 1.5, 1, 3, 1, 0.8];
        double[] hueWeights = [2, 1, 1, 0.5, 1.5, 1, 2.5, 1];
        return
        [
            .. haNoiWeights.Select((w, r) => new SurveyResponse(2019, haNoi, Answers(r, 4, 5), w)),
            .. hueWeights.Select((w, r) => new SurveyResponse(2019, hue, Answers(r, 2, 1), w)),
        ];
    }

    [Theory]
    // Wilson at p = 1 and p = 0 (z = 1.959964, z² = 3.841459), by hand:
    //   unweighted n = 8: lower = 8 / (8 + z²) = 8 / 11.841459 = 67.56 %; upper at 0 % = z² / 11.841459 = 32.44 %.
    //   weighted, Kish: Hà Nội Σw = 10.8, Σw² = 19.14 → n_eff = 6.094044 → 61.34 %; Huế Σw = 10.5, Σw² = 16.75 →
    //   n_eff = 6.582090 → 36.85 %. (R's survey package and prop.test agree to six decimals.)
    [InlineData(SurveyWeighting.Unweighted, 67.56, 32.44)]
    [InlineData(SurveyWeighting.SamplingWeights, 61.34, 36.85)]
    public void Compute_ProvincesAt100And0Percent_CombinedFiguresGetWilsonIntervalsNotZeroWidth(SurveyWeighting weighting, double haNoiLower, double hueUpper)
    {
        var result = SipasResult.Compute(SurveyInstruments.Decision2640, AllOrNothing(), new SipasOptions { Weighting = weighting, MinimumAnswers = 1 });
        var haNoi = result.Provinces.Single(p => p.Province!.Code == "01");
        var hue = result.Provinces.Single(p => p.Province!.Code == "46");

        Assert.Equal((100m, (decimal)haNoiLower, 100m), (haNoi.Overall!.Value, Math.Round(haNoi.Overall.Lower!.Value, 2), haNoi.Overall.Upper));
        Assert.Equal((0m, 0m, (decimal)hueUpper), (hue.Overall!.Value, hue.Overall.Lower, Math.Round(hue.Overall.Upper!.Value, 2)));
        Assert.All(new[] { haNoi.Overall, hue.Overall, haNoi.Service!, hue.Elements[0].Figure! }, f => Assert.Equal(IntervalMethod.WilsonAtBoundary, f.Method));
        Assert.Equal(Math.Round(haNoi.Items[0].Figure!.Lower!.Value, 2), Math.Round(haNoi.Overall.Lower.Value, 2)); // the question's own Wilson interval
    }

    [Fact]
    public void Compute_MeanOfProvincesEachAt0Or100Percent_HasNoIntervalAndSaysWhy()
    {
        // (100 + 0) / 2 = 50 in every bootstrap replicate: the bootstrap has nothing to estimate, and 50 % is not a share
        // of respondents for Wilson's interval, so none is given rather than [50.00, 50.00].
        var result = SipasResult.Compute(SurveyInstruments.Decision2640, AllOrNothing(), new SipasOptions { MinimumAnswers = 1 });
        var mean = result.NationalMeanOfProvinces.Overall!;

        Assert.Equal(50m, mean.Value);
        Assert.Equal((null, null, IntervalMethod.NotEstimable), (mean.Lower, mean.Upper, mean.Method));
        Assert.Contains("no interval: every bootstrap replicate is equal", mean.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_AnyFigureWithAnInterval_HasAPositiveWidth()
    {
        var result = SipasResult.Compute(SurveyInstruments.Decision2640, AllOrNothing(), new SipasOptions { MinimumAnswers = 1 });
        var profiles = result.Provinces.Append(result.NationalPooled).Append(result.NationalMeanOfProvinces);
        var figures = profiles.SelectMany(p => p.Items.Select(i => i.Figure).Concat(p.Elements.Select(e => e.Figure)).Concat([p.Service, p.Policy, p.Overall]))
            .OfType<SurveyFigure>().Where(f => f.Lower is not null).ToList();

        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.True(f.Upper > f.Lower, f.ToString()));
    }

    /// <summary>Forty respondents each in Cà Mau, Hà Nội and Đà Nẵng, answers varied by a fixed rule.</summary>
    private static List<SurveyResponse> ThreeProvinces(params string[] order)
    {
        var codes = new Dictionary<string, string> { ["Cà Mau"] = "96", ["Hà Nội"] = "01", ["Đà Nẵng"] = "48" };
        return [.. order.SelectMany(name => Enumerable.Range(0, 40).Select(r => new SurveyResponse(2019, ParIndex.Geography.ProvinceList.Units63[codes[name]],
            [.. Enumerable.Range(0, 22).Select(q => (byte)(1 + ((r * 7) + (q * 3) + name.Length) % 5))])))];
    }

    [Fact]
    public void Compute_SeededInterval_DependsOnlyOnTheProvincesOwnRows()
    {
        // Hà Nội's 40 rows, always in the same order: alone, first, after Cà Mau's, with Đà Nẵng's removed. Its point
        // estimate depends only on them, and so must its seeded bootstrap interval.
        SurveyFigure HaNoi(params string[] order) => SipasResult.Compute(SurveyInstruments.Decision2640, ThreeProvinces(order), new SipasOptions { MinimumAnswers = 20 })
            .Provinces.Single(p => p.Province!.Code == "01").Overall!;

        var full = HaNoi("Cà Mau", "Hà Nội", "Đà Nẵng");

        Assert.Equal(IntervalMethod.Bootstrap, full.Method);
        foreach (var other in new[] { HaNoi("Hà Nội"), HaNoi("Hà Nội", "Cà Mau", "Đà Nẵng"), HaNoi("Cà Mau", "Hà Nội"), HaNoi("Đà Nẵng", "Cà Mau", "Hà Nội") })
        {
            Assert.Equal((full.Value, full.Lower, full.Upper), (other.Value, other.Lower, other.Upper));
        }
    }

    [Fact]
    public async Task Arguments_Null_AreRefusedByName()
    {
        Assert.Throws<ArgumentNullException>("responses", () => SipasResult.Compute(SurveyFixture.Instrument, null!));
        Assert.Throws<ArgumentNullException>("instrument", () => SipasResult.Compute(null!, SurveyFixture.Responses));
        await Assert.ThrowsAsync<ArgumentNullException>("responses", () => SipasResult.ComputeAsync(SurveyFixture.Instrument, null!));
        await Assert.ThrowsAsync<ArgumentNullException>("instrument", () => SipasResult.ComputeAsync(null!, SurveyFixture.Responses.ToAsyncEnumerable()));
    }

    [Fact]
    public async Task ComputeAsync_Cancelled_PassesTheTokenToTheStream()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SipasResult.ComputeAsync(SurveyFixture.Instrument, Stream(), null, cancelled.Token));

        // A stream that honours the token it is enumerated with, as a file or network reader does.
        static async IAsyncEnumerable<SurveyResponse> Stream([System.Runtime.CompilerServices.EnumeratorCancellation] System.Threading.CancellationToken token = default)
        {
            foreach (var response in SurveyFixture.Responses)
            {
                await Task.Yield();
                token.ThrowIfCancellationRequested();
                yield return response;
            }
        }
    }

    /// <summary>One service question S1 and one policy question P1. Respondent r is satisfied with S1 when r is even (50 %)
    /// and with P1 unless r / 2 is a multiple of 5 (80 %), so that over every ten respondents the two answers are
    /// independent; 900 respondents in Cà Mau, 100 in Hà Nội.</summary>
    private static (SurveyInstrument Instrument, List<SurveyResponse> Responses) TwoPartsOfKnownSpread()
    {
        var instrument = new SurveyInstrument("SPREAD", "Phiếu thử", ParIndex.Methodologies.AssessmentYears.Between(2022, 2024),
        [
            new SurveyElement("S", "Dịch vụ", SurveyPart.ServiceDelivery, [new SurveyQuestion("S1", "Câu S1", AnswerScale.Satisfaction5)]),
            new SurveyElement("P", "Chính sách", SurveyPart.PublicPolicy, [new SurveyQuestion("P1", "Câu P1", AnswerScale.Satisfaction5)]),
        ]);
        IEnumerable<SurveyResponse> Of(ParIndex.Geography.Province province, int count) => Enumerable.Range(0, count)
            .Select(r => SurveyFixture.R(province, 1, r % 2 == 0 ? (byte)5 : (byte)1, r / 2 % 5 == 0 ? (byte)2 : (byte)4));
        return (instrument, [.. Of(SurveyFixture.CaMau, 900), .. Of(SurveyFixture.HaNoi, 100)]);
    }

    [Fact]
    public void Compute_BootstrapIntervals_HaveTheWidthOfTheSamplingError()
    {
        // The standard error of a share p over n independent respondents is √(p(1 − p) / n), in points:
        //   Cà Mau (n = 900): S1 √(0.25 / 900) = 1.6667, P1 √(0.16 / 900) = 1.3333;
        //   Hà Nội (n = 100): S1 5.0000, P1 4.0000;
        //   pooled (n = 1000): S1 1.5811, P1 1.2649; overall (S + P) / 2, independent: √(1.5811² + 1.2649²) / 2 = 1.0124;
        //   mean of the two provinces: S1 √(1.6667² + 5²) / 2 = 2.6352, P1 √(1.3333² + 4²) / 2 = 2.1082.
        // With 1,000 groups (about one respondent each) and 2,000 replicates the bootstrap estimates each within a few
        // per cent; an interval is the estimate ± z × SE (z = 1.959964), so its width ÷ 3.919928 is the SE.
        var (instrument, responses) = TwoPartsOfKnownSpread();
        var result = SipasResult.Compute(instrument, responses, new SipasOptions { BootstrapReplicates = 2000, BootstrapBlocks = 1000 });

        static void AssertSe(double expected, SurveyFigure? figure)
        {
            Assert.Equal(IntervalMethod.Bootstrap, figure!.Method);
            var se = (double)(figure.Upper!.Value - figure.Lower!.Value) / 3.919928;
            Assert.True(Math.Abs(se - expected) < 0.1 * expected, FormattableString.Invariant($"SE {se:F4}, expected {expected} ± 10 %: {figure}"));
        }

        var caMau = result[SurveyFixture.CaMau];
        var haNoi = result[SurveyFixture.HaNoi];
        Assert.Equal((50m, 80m), (caMau.Service!.Value, caMau.Policy!.Value));
        AssertSe(1.6667, caMau.Service);
        AssertSe(1.3333, caMau.Policy);
        AssertSe(5.0, haNoi.Service);
        AssertSe(4.0, haNoi.Policy);
        AssertSe(1.5811, result.NationalPooled.Service);
        AssertSe(1.2649, result.NationalPooled.Policy);
        AssertSe(1.0124, result.NationalPooled.Overall);
        var mean = result.NationalMeanOfProvinces;
        AssertSe(2.6352, mean.Items[0].Figure);
        AssertSe(2.1082, mean.Items[1].Figure);
        AssertSe(2.6352, mean.Service);
        AssertSe(2.1082, mean.Policy);
    }

    [Fact]
    public void Compute_AnswersExactlyAtTheMinimum_AreNotBelowIt()
    {
        // A1 has 4 valid answers in Cà Mau (5, 2, 4, 3), 1 in Hà Nội (5) and 5 pooled. "Below the minimum" means fewer
        // answers than it: 4 of a minimum of 4 is not below, 1 is; pooled (Wilson's interval), 5 of 5 is not below.
        var a1 = SipasMeasure.Question("A1");
        var four = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0, MinimumAnswers = 4 });
        var five = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0, MinimumAnswers = 5 });

        Assert.Equal((4L, false), (four[SurveyFixture.CaMau].Find(a1)!.Answers, four[SurveyFixture.CaMau].Find(a1)!.IsBelowMinimum));
        Assert.Equal((1L, true), (four[SurveyFixture.HaNoi].Find(a1)!.Answers, four[SurveyFixture.HaNoi].Find(a1)!.IsBelowMinimum));
        Assert.Equal((5L, false), (five.NationalPooled.Find(a1)!.Answers, five.NationalPooled.Find(a1)!.IsBelowMinimum));
        Assert.True(five[SurveyFixture.CaMau].Find(a1)!.IsBelowMinimum);
    }

    [Fact]
    public void Compute_PolicyElementFirst_PartsFollowTheirElementsNotTheirOrder()
    {
        // The policy element comes before the service element: P1 answered 5 (satisfied), S1 answered 1 (not), so the
        // policy index is 100 and the service index 0, whatever the order of the elements in the instrument.
        var instrument = new SurveyInstrument("ORDER", "Phiếu thử", ParIndex.Methodologies.AssessmentYears.Between(2022, 2024),
        [
            new SurveyElement("P", "Chính sách", SurveyPart.PublicPolicy, [new SurveyQuestion("P1", "Câu P1", AnswerScale.Satisfaction5)]),
            new SurveyElement("S", "Dịch vụ", SurveyPart.ServiceDelivery, [new SurveyQuestion("S1", "Câu S1", AnswerScale.Satisfaction5)]),
        ]);
        var caMau = SipasResult.Compute(instrument, [SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 1)], NoBootstrap)[SurveyFixture.CaMau];

        Assert.Equal((100m, 0m), (caMau.Policy!.Value, caMau.Service!.Value));
    }

    [Fact]
    public void Compute_ElementWithoutValidAnswers_HasNoFigure_EvenUnderACustomFormula()
    {
        // Cà Mau's only respondent answers A1 and A2 "don't know" (9): element A has no valid answer, so no figure,
        // whatever a custom formula would make of no values (this one says 50 for anything).
        var options = new SipasOptions { BootstrapReplicates = 0, ItemFormula = _ => 50 };
        var caMau = SipasResult.Compute(SurveyFixture.Instrument, [SurveyFixture.R(SurveyFixture.CaMau, 1, 9, 9, 5, 1, 5)], options)[SurveyFixture.CaMau];

        Assert.Null(caMau.Find(SipasMeasure.Element("A")));
        Assert.Equal(50m, caMau.Find(SipasMeasure.Element("B"))!.Value);
    }

    [Fact]
    public void Compute_ReplicateWithoutAnAnswer_TakesThePoint_SoEqualReplicatesGiveNoInterval()
    {
        // Cà Mau: A1 answered 1 by all 60 (0 %); A2 answered 5 by one and "don't know" (9) by 59 (100 % of 1 valid).
        // Element A is (0 + 100) / 2 = 50 %. A bootstrap replicate that misses the one A2 answer takes A2's point, 100 %,
        // and don't-know answers never count as valid, so every replicate of A is 50 %: a zero spread, and at 50 % (not
        // 0 or 100) no interval can be estimated. (With 60 respondents in the 50 groups every replicate has A1 answers: a
        // replicate with neither question would leave A without a figure.)
        var result = SipasResult.Compute(SurveyFixture.Instrument,
            [SurveyFixture.R(SurveyFixture.CaMau, 1, 1, 5, 5, 1, 5), .. Enumerable.Repeat(SurveyFixture.R(SurveyFixture.CaMau, 1, 1, 9, 5, 1, 5), 59)],
            new SipasOptions { BootstrapReplicates = 200 });

        var a = result[SurveyFixture.CaMau].Find(SipasMeasure.Element("A"))!;
        Assert.Equal((50m, IntervalMethod.NotEstimable), (a.Value, a.Method));
    }

    [Fact]
    public void Compute_CombinedFigureAt100_WilsonsIntervalOnTheSmallestEffectiveAnswers()
    {
        // Pooled nationally: A1 answered 5 by four respondents, A2 answered 5 by two (the other two "don't know"). Element
        // A is 100 % in every replicate, so its interval is Wilson's at 100 % on the fewest answers behind it, n = 2:
        // lower = n / (n + z²) = 2 / (2 + 1.959964²) = 2 / 5.841459 = 34.24 % (on n = 4 it would be 51.01 %).
        byte[][] answers = [[5, 5, 5, 1, 5], [5, 9, 5, 1, 5], [5, 9, 5, 1, 5], [5, 5, 5, 1, 5]];
        var result = SipasResult.Compute(SurveyFixture.Instrument, [.. answers.Select(a => SurveyFixture.R(SurveyFixture.CaMau, 1, a))], new SipasOptions { BootstrapReplicates = 200 });

        var a = result.NationalPooled.Find(SipasMeasure.Element("A"))!;
        Assert.Equal((100m, IntervalMethod.WilsonAtBoundary), (a.Value, a.Method));
        Assert.Equal(34.24m, Math.Round(a.Lower!.Value, 2));
    }

    [Fact]
    public void Compute_PolicyOfTwoElements_ElementFormulaMakesEachPart_OverallTakesBothParts()
    {
        // One respondent: S1 5 (100 %), P1 5 (100 %), Q1 1 (0 %). By the mean: policy (100 + 0) / 2 = 50, overall
        // (100 + 50) / 2 = 75. By the largest element instead: policy max(100, 0) = 100, overall (100 + 100) / 2 = 100.
        var instrument = new SurveyInstrument("PARTS", "Phiếu thử", ParIndex.Methodologies.AssessmentYears.Between(2022, 2024),
        [
            new SurveyElement("S", "Dịch vụ", SurveyPart.ServiceDelivery, [new SurveyQuestion("S1", "Câu S1", AnswerScale.Satisfaction5)]),
            new SurveyElement("P", "Chính sách", SurveyPart.PublicPolicy, [new SurveyQuestion("P1", "Câu P1", AnswerScale.Satisfaction5)]),
            new SurveyElement("Q", "Chính sách 2", SurveyPart.PublicPolicy, [new SurveyQuestion("Q1", "Câu Q1", AnswerScale.Satisfaction5)]),
        ]);
        SurveyResponse[] responses = [SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 5, 1)];
        var byMean = SipasResult.Compute(instrument, responses, NoBootstrap)[SurveyFixture.CaMau];
        var byMax = SipasResult.Compute(instrument, responses, new SipasOptions { BootstrapReplicates = 0, ElementFormula = v => { var max = 0.0; foreach (var x in v) { max = Math.Max(max, x); } return max; } })[SurveyFixture.CaMau];

        Assert.Equal((100m, 50m, 75m), (byMean.Service!.Value, byMean.Policy!.Value, byMean.Overall!.Value));
        Assert.Equal((100m, 100m, 100m), (byMax.Service!.Value, byMax.Policy!.Value, byMax.Overall!.Value));
    }

    [Fact]
    public void Compute_CombinedFigureWhoseFewestAnswersEqualTheMinimum_IsNotBelowIt()
    {
        // Cà Mau's element A rests on A1 (4 valid answers) and A2 (2): at a minimum of 2 nothing behind it is below.
        var caMau = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0, MinimumAnswers = 2 })[SurveyFixture.CaMau];

        Assert.Equal((6L, false), (caMau.Elements[0].Figure!.Answers, caMau.Elements[0].Figure!.IsBelowMinimum));
    }

    [Theory]
    // The mean of provinces counts the pooled answers: A1 has 5 (Cà Mau 4, Hà Nội 1). Below 6; not below 4, nor 5.
    [InlineData(4, false)]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Compute_MeanOfProvincesQuestion_IsBelowTheMinimumOnlyWithFewerAnswers(int minimum, bool below)
    {
        var mean = SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0, MinimumAnswers = minimum }).NationalMeanOfProvinces;

        Assert.Equal((5L, below), (mean.Items[0].Figure!.Answers, mean.Items[0].Figure!.IsBelowMinimum));
    }

    [Fact]
    public void Compute_MeanOfProvincesAt100Percent_HasNoWilsonInterval_UnlikeThePooledRespondents()
    {
        // Every answer in both provinces is satisfied: every figure is 100 % in every replicate. The pooled respondents are
        // a sample, so Wilson's interval at 100 % applies; a mean of provinces' shares is not a share of respondents.
        var result = SipasResult.Compute(SurveyFixture.Instrument, [SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 5, 5, 1, 5), SurveyFixture.R(SurveyFixture.HaNoi, 1, 5, 5, 5, 1, 5)]);
        var mean = result.NationalMeanOfProvinces.Overall!;

        Assert.Equal((100m, null, null, IntervalMethod.NotEstimable), (mean.Value, mean.Lower, mean.Upper, mean.Method));
        Assert.Equal((100m, IntervalMethod.WilsonAtBoundary), (result.NationalPooled.Overall!.Value, result.NationalPooled.Overall.Method));
    }

    [Fact]
    public void Compute_PooledReplicateWithoutAnAnswer_TakesThePooledPoint_SoEqualReplicatesGiveNoInterval()
    {
        // A1 is answered only by Cà Mau's one respondent (5: 100 %), A2 only by Hà Nội's 60 (each 1: 0 %); pooled, element
        // A = (100 + 0) / 2 = 50. A replicate that misses Cà Mau's respondent has no A1 answer and takes A1's pooled point,
        // 100 %, so every replicate of A is 50 % and no interval can be estimated (dropping A1 there would make A 0 % and
        // fake a spread). Hà Nội's 60 respondents fill most of the 50 groups, so every replicate has A2 answers.
        var result = SipasResult.Compute(SurveyFixture.Instrument,
            [SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 0, 5, 1, 5), .. Enumerable.Repeat(SurveyFixture.R(SurveyFixture.HaNoi, 1, 0, 1, 5, 1, 5), 60)]);
        var a = result.NationalPooled.Find(SipasMeasure.Element("A"))!;

        Assert.Equal((50m, IntervalMethod.NotEstimable), (a.Value, a.Method));
    }

    [Fact]
    public void Compute_MeanOfProvincesEqualInEveryReplicateAt33Percent_HasNoInterval()
    {
        // One respondent in each of three provinces, A1 answered 5, 1, 1: each province's replicates equal its point, so
        // the mean of provinces is (100 + 0 + 0) / 3 = 33.33 % in every one of the 200 replicates. Summed in double,
        // 200 × 33.333… leaves a variance of 1.9e-9 from rounding alone: the spread must be exactly 0, not that.
        var hue = ParIndex.Geography.ProvinceList.Units63["46"];
        var result = SipasResult.Compute(SurveyFixture.Instrument,
            [SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 0, 5, 1, 5), SurveyFixture.R(SurveyFixture.HaNoi, 1, 1, 0, 5, 1, 5), SurveyFixture.R(hue, 1, 1, 0, 5, 1, 5)]);
        var mean = result.NationalMeanOfProvinces;

        Assert.All(new[] { mean.Items[0].Figure!, mean.Elements[0].Figure! }, f =>
            Assert.Equal((33.333333m, null, IntervalMethod.NotEstimable), (Math.Round(f.Value, 6), f.Lower, f.Method)));
    }

    [Fact]
    public void Compute_TwoRespondentsInTwoGroups_BootstrapSpreadIsTheResamplingOfTheGroups()
    {
        // Cà Mau: A1 answered 5 (100 %) and 1 (0 %), A2 blank, so element A is A1: 50 %. With two groups, one respondent
        // in each (seed 2017 deals them apart), a replicate draws two groups with replacement: both the first (100 %, p
        // 1/4), one of each (50 %, p 1/2) or both the second (0 %, p 1/4). Variance 2 × 1/4 × 50² = 1,250, SE 35.355.
        // At a confidence of 50 % (z = 0.674490) the interval is 50 ± 23.847 = [26.153, 73.847]; 20,000 replicates
        // estimate the SE within about 0.4 %. (Drawing three groups instead of two would give SE 28.868, ± 19.471.)
        var result = SipasResult.Compute(SurveyFixture.Instrument,
            [SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 0, 5, 1, 5), SurveyFixture.R(SurveyFixture.CaMau, 1, 1, 0, 5, 1, 5)],
            new SipasOptions { BootstrapBlocks = 2, BootstrapReplicates = 20_000, ConfidenceLevel = 0.5 });
        var a = result[SurveyFixture.CaMau].Find(SipasMeasure.Element("A"))!;

        Assert.Equal((50m, IntervalMethod.Bootstrap), (a.Value, a.Method)); // dealt into one group, every replicate would be 50 %
        Assert.InRange(a.Lower!.Value, 25.6m, 26.7m);
        Assert.InRange(a.Upper!.Value, 73.3m, 74.4m);
    }

    [Theory]
    [InlineData(1e-320)] // squares to 0: Kish's size was 0 ÷ 0, an OverflowException from the interval's decimal
    [InlineData(1e-29)]
    [InlineData(79228162514264337593543950336d)] // 2^96
    [InlineData(1e308)] // two of them summed to ∞: the share ∞ ÷ ∞ was NaN and every figure silently missing
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    [InlineData(0d)]
    [InlineData(-1d)]
    public void SurveyResponse_WeightOutsideTheDecimalRange_IsRefused(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(nameof(weight), () => SurveyFixture.R(SurveyFixture.CaMau, weight, 5, 5, 5, 1, 5));

    [Theory]
    [InlineData(1e-28)] // the smallest positive decimal, the smallest weight the CSV reader can read
    [InlineData(79228162514264328797450928128d)] // the largest double below 2^96: 2^96 − 2^43 (decimal.MaxValue rounds to 2^96)
    public void Compute_WeightsAtTheEdgesOfTheirRange_GiveTheFiguresOfWeightOne(double weight)
    {
        SurveyResponse[] responses = [SurveyFixture.R(SurveyFixture.CaMau, weight, 5, 5, 5, 1, 5), SurveyFixture.R(SurveyFixture.CaMau, weight, 2, 2, 2, 2, 2)];

        var a1 = SipasResult.Compute(SurveyFixture.Instrument, responses, new SipasOptions { Weighting = SurveyWeighting.SamplingWeights, BootstrapReplicates = 0 })[SurveyFixture.CaMau].Items[0].Figure!;

        // Equal weights: p = 1 of 2 = 50 %, Kish's n = (2w)² / 2w² = 2. Wilson by hand, z = 1.959964, z²/n = 1.920729:
        // centre (0.5 + 0.960365) / 2.920729 = 0.5; half z × √(0.125 + 0.240091) / 2.920729 = 0.405469 → [9.4531, 90.5469].
        Assert.Equal((50m, 9.4531m, 90.5469m), (a1.Value, Math.Round(a1.Lower!.Value, 4), Math.Round(a1.Upper!.Value, 4)));
    }
}
