namespace ParIndex.Tests.Surveys;

public class SurveyTallyTests
{
    private static SurveyTally Tally(BadRowPolicy policy)
    {
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BadRows = policy, BootstrapReplicates = 0 });
        foreach (var response in SurveyFixture.Responses)
        {
            tally.Add(response);
        }
        return tally;
    }

    [Fact]
    public void Add_AnswerOutOfScale_RejectsTheRowWithItsLine()
    {
        var tally = Tally(BadRowPolicy.Reject);

        var used = tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [7, 5, 5, 1, 5]) { SourceLine = 42 });
        var result = tally.ToResult();

        Assert.False(used);
        Assert.Equal((6L, 5L, 1L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected));
        var problem = Assert.Single(result.Input.Problems);
        Assert.Equal((DiagnosticKind.AnswerOutOfScale, "A1", 42, "96"), (problem.Kind, problem.ItemCode, problem.Line, problem.UnitCode));
        Assert.Equal(50m, result[SurveyFixture.CaMau].Items[0].Figure!.Value); // unchanged: the row is left out
    }

    [Fact]
    public void Add_AnswerOutOfScale_CountAsInvalid_UsesTheRowsOtherAnswers()
    {
        var tally = Tally(BadRowPolicy.CountAsInvalid);

        Assert.True(tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [7, 5, 5, 1, 5])));
        var result = tally.ToResult();
        var caMau = result[SurveyFixture.CaMau];

        Assert.Equal((6L, 6L, 1L, 1L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsWithInvalidAnswers, result.Input.InvalidAnswers));
        // A1 keeps 2 of 4 (the 7 is invalid, not valid); A2 gains a 5: 3 of 3; B1 gains a 5: 3 of 5 = 60%.
        Assert.Equal((1L, 4L, 50m), (caMau.Items[0].Invalid, caMau.Items[0].Valid, caMau.Items[0].Figure!.Value));
        Assert.Equal(60m, caMau.Items[2].Figure!.Value);
    }

    [Fact]
    public void Add_WrongYearOrAnswerCount_IsRejectedUnderEitherPolicy()
    {
        var tally = Tally(BadRowPolicy.CountAsInvalid);

        Assert.False(tally.Add(new SurveyResponse(2030, SurveyFixture.CaMau, [5, 5, 5, 1, 5])));
        Assert.False(tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [5, 5])));

        var result = tally.ToResult();
        Assert.Equal([DiagnosticKind.WrongYear, DiagnosticKind.AnswerCountMismatch], result.Input.Problems.Select(p => p.Kind));
        Assert.Equal(2, result.Input.RowsRejected);
    }

    [Fact]
    public void Add_AnotherSurveyYear_IsRejectedNotPooled()
    {
        var tally = Tally(BadRowPolicy.CountAsInvalid);

        // The fixture's rows are of 2023; 2024 is in the instrument's years too, but a second survey: pooled, A1's
        // figure would become 2 of 5 = 40% (its 2 of 4 and this row's 1) for no year at all.
        Assert.False(tally.Add(new SurveyResponse(SurveyFixture.Year + 1, SurveyFixture.CaMau, [1, 1, 1, 1, 1]) { SourceLine = 8 }));

        var result = tally.ToResult();
        var problem = Assert.Single(result.Input.Problems);
        Assert.Equal((DiagnosticKind.WrongYear, 8, "row 6: survey year 2024 is not 2023, the year of the rows before it: one result is one survey year"),
            (problem.Kind, problem.Line, problem.Message));
        Assert.Equal((6L, 5L, 1L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected));
        Assert.Equal(50m, result[SurveyFixture.CaMau].Items[0].Figure!.Value);
    }

    [Fact]
    public void AddUnreadable_CountsTheRowAsReadAndRejected()
    {
        var tally = Tally(BadRowPolicy.Reject);

        tally.AddUnreadable(new Diagnostic(DiagnosticKind.UnknownName, null, "province 'Atlantis' is unknown") { Line = 9 });

        var report = tally.ToResult().Input;
        Assert.Equal((6L, 5L, 1L), (report.RowsRead, report.RowsUsed, report.RowsRejected));
        Assert.Equal(9, report.Problems.Single().Line);
    }

    [Fact]
    public void ToResult_ManyProblems_ListsOnlyTheLimitAndCountsTheRest()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { MaxListedProblems = 2, BootstrapReplicates = 0 });
        for (var i = 0; i < 5; i++)
        {
            tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [5]));
        }

        var report = tally.ToResult().Input;

        Assert.Equal((2, 3L, 5L), (report.Problems.Length, report.ProblemsNotListed, report.RowsRejected));
    }

    [Fact]
    public void Constructor_SatisfiedCodeNotValid_Throws()
    {
        var options = new SipasOptions { ValidCodes = [1, 2, 3, 4], SatisfiedCodes = [4, 5] };

        var error = Assert.Throws<System.ArgumentException>(() => new SurveyTally(SurveyFixture.Instrument, options));
        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("Every satisfied code must be a valid code.", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Add_OnceEveryProvinceIsSeen_AllocatesNothingMore()
    {
        var instrument = SyntheticSurvey.Instrument(30);
        var responses = SyntheticSurvey.Responses(instrument, 60_000, seed: 8).ToArray();
        // Warm up both counting loops, so that the code is compiled before anything is measured.
        var warmUnweighted = new SurveyTally(instrument);
        var warmWeighted = new SurveyTally(instrument, new SipasOptions { Weighting = SurveyWeighting.SamplingWeights });
        foreach (var response in responses)
        {
            warmUnweighted.Add(response);
            warmWeighted.Add(response);
        }
        foreach (var weighting in new[] { SurveyWeighting.Unweighted, SurveyWeighting.SamplingWeights })
        {
            var tally = new SurveyTally(instrument, new SipasOptions { Weighting = weighting });
            foreach (var response in responses.Take(10_000))
            {
                tally.Add(response); // every one of the 63 provinces appears in the first 10,000
            }

            var before = System.GC.GetAllocatedBytesForCurrentThread();
            foreach (var response in responses.Skip(10_000))
            {
                tally.Add(response);
            }
            var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

            // 50,000 more responses, and the tally's memory does not grow: one allocation per response would be at least
            // 24 bytes × 50,000 = 1.2 MB. The margin is for the runtime's own work on this thread (tiering, the enumerator).
            Assert.True(allocated < 16_000, allocated + " bytes for 50,000 responses");
        }
    }

    [Fact]
    public void ToResult_SurveySizedLikeTheRealOne_GivesEveryProvinceAllFiguresWithIntervals()
    {
        // ≈ 40,000 respondents × 100 questions, as SIPAS since 2022 (36,525 people in 2024, S20).
        var instrument = SyntheticSurvey.Instrument(100);
        var result = SipasResult.Compute(instrument, SyntheticSurvey.Responses(instrument, 40_000));

        Assert.Equal(63, result.Provinces.Length);
        Assert.Equal(40_000, result.Input.RowsUsed);
        Assert.All(result.Provinces, p =>
        {
            Assert.Equal(IntervalMethod.Bootstrap, p.Overall!.Method);
            Assert.False(p.Overall.IsBelowMinimum);
            Assert.NotNull(p.Policy);
            Assert.All(p.Items.Where(i => i.Question.Scale.IsSatisfaction), i => Assert.Equal(IntervalMethod.Wilson, i.Figure!.Method));
        });
        Assert.InRange(result.NationalPooled.Overall!.Value, 60m, 95m);
    }

    [Fact]
    public void Add_RejectedRows_AreSaidWithTheirRowNumberAndWhy()
    {
        var tally = Tally(BadRowPolicy.Reject); // five rows read

        tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [7, 5, 5, 3, 5]));
        tally.Add(new SurveyResponse(2030, SurveyFixture.HaNoi, [5, 5, 5, 1, 5]));
        tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [5, 5]));

        // Row 6 has two answers off their scales: A1's 7 (satisfaction, 1–5) and B2's 3 (yes/no, 1–2).
        Assert.Equal(
            [
                (DiagnosticKind.AnswerOutOfScale, "A1", "96", "row 6: answer 7 is outside the scale satisfaction5 (0 blank, 9 don't know)"),
                (DiagnosticKind.AnswerOutOfScale, "B2", "96", "row 6: answer 3 is outside the scale yesNo (0 blank, 9 don't know)"),
                (DiagnosticKind.WrongYear, null, "01", "row 7: survey year 2030 is outside TEST (2022–2024)"),
                (DiagnosticKind.AnswerCountMismatch, null, "96", "row 8: 2 answers, the instrument has 5 questions"),
            ],
            tally.ToResult().Input.Problems.Select(p => (p.Kind, p.ItemCode, p.UnitCode, p.Message)));
        Assert.Equal(8, tally.RowsRead);
    }

    [Fact]
    public void Add_SeveralInvalidAnswers_AreCountedEachUnderCountAsInvalid()
    {
        var tally = Tally(BadRowPolicy.CountAsInvalid);

        tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [7, 8, 5, 1, 5]));
        tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [6, 5, 5, 1, 5]));

        // Two rows with invalid answers, 2 + 1 = 3 invalid answers; A1 has two of them (7 and 6), A2 one (8).
        var result = tally.ToResult();
        Assert.Equal((2L, 3L), (result.Input.RowsWithInvalidAnswers, result.Input.InvalidAnswers));
        Assert.Equal((2L, 1L), (result[SurveyFixture.CaMau].Items[0].Invalid, result[SurveyFixture.CaMau].Items[1].Invalid));
    }

    [Fact]
    public void Add_UnreadableAnswer_IsInvalidWithoutASecondMessage()
    {
        // The reader has already said what the text was (Report); the tally counts the answer as invalid, silently.
        var tally = Tally(BadRowPolicy.CountAsInvalid);

        Assert.True(tally.Add(new SurveyResponse(SurveyFixture.Year, SurveyFixture.CaMau, [AnswerScale.UnreadableCode, 5, 5, 1, 5])));
        var result = tally.ToResult();

        Assert.Empty(result.Input.Problems);
        Assert.Equal((1L, 1L), (result.Input.InvalidAnswers, result[SurveyFixture.CaMau].Items[0].Invalid));
    }

    [Fact]
    public void Report_ListsTheProblemWithoutCountingARow()
    {
        var tally = Tally(BadRowPolicy.CountAsInvalid);

        tally.Report(new Diagnostic(DiagnosticKind.AnswerOutOfScale, "A1", "'rất tốt' is not a code") { Line = 3 });

        var report = tally.ToResult().Input;
        Assert.Equal((5L, 0L), (report.RowsRead, report.RowsRejected));
        Assert.Equal("'rất tốt' is not a code", Assert.Single(report.Problems).Message);
    }

    [Fact]
    public void ToResult_ProvincesInListOrderAndGroupsByName_WhateverTheOrderRead()
    {
        // Cà Mau (96) is read before Hà Nội (01) and between two of Hà Nội's rows; group "b" before "a".
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BootstrapReplicates = 0 });
        tally.Add(Grouped("b", SurveyFixture.CaMau, 5, 5, 5, 1, 5));
        tally.Add(Grouped("a", SurveyFixture.HaNoi, 1, 1, 1, 1, 1));
        tally.Add(SurveyFixture.R(SurveyFixture.CaMau, 1, 5, 1, 5, 1, 5));
        tally.Add(Grouped("b", SurveyFixture.HaNoi, 5, 5, 5, 1, 5));

        var result = tally.ToResult();

        Assert.Equal([("01", 2L), ("96", 2L)], result.Provinces.Select(p => (p.Province!.Code, p.Respondents)));
        Assert.Equal([("a", 1L), ("b", 2L)], result.Topics.Select(g => (g.Topic!, g.Respondents)));
        // Cà Mau A2: 5 and 1 → 50 %; Hà Nội A2: 1 and 5 → 50 %; group "b" A2: 5 and 5 → 100 %.
        Assert.Equal((50m, 50m, 100m), (result[SurveyFixture.CaMau].Items[1].Figure!.Value, result[SurveyFixture.HaNoi].Items[1].Figure!.Value, result.Topics[1].Items[1].Figure!.Value));
        Assert.Equal(result.Provinces.Select(p => p.ToString()), tally.ToResult().Provinces.Select(p => p.ToString())); // again, the same
    }

    [Fact]
    public void ToResult_TheSameCodeInBothLists_34UnitsFirstWhateverTheOrderRead()
    {
        // Code 01 is Hà Nội in both lists, two different units: the list decides the order (its id is its number of
        // units, 34 before 63), then the code.
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BootstrapReplicates = 0 });
        tally.Add(SurveyFixture.R(SurveyFixture.HaNoi, 1, 5, 5, 5, 1, 5));
        tally.Add(SurveyFixture.R(ParIndex.Geography.ProvinceList.Units34["01"], 1, 1, 1, 1, 1, 1));

        var provinces = tally.ToResult().Provinces;

        Assert.Equal([ParIndex.Geography.ProvinceList.Units34["01"], SurveyFixture.HaNoi], provinces.Select(p => p.Province!));
        Assert.Equal((0m, 100m), (provinces[0].Items[0].Figure!.Value, provinces[1].Items[0].Figure!.Value));
    }

    private static SurveyResponse Grouped(string group, ParIndex.Geography.Province province, params byte[] answers) =>
        new(SurveyFixture.Year, province, answers) { Topic = group };

    [Fact]
    public void Constructor_NoOptions_TakesTheDefaults()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        Assert.Same(SipasOptions.Default, tally.Options);
        Assert.Same(SurveyFixture.Instrument, tally.Instrument);
        Assert.Equal(0, tally.RowsRead);
    }

    [Fact]
    public void Arguments_Null_AreRefusedByName()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        Assert.Throws<System.ArgumentNullException>("instrument", () => new SurveyTally(null!));
        Assert.Throws<System.ArgumentNullException>("response", () => tally.Add(null!));
        Assert.Throws<System.ArgumentNullException>("problem", () => tally.AddUnreadable(null!));
        Assert.Throws<System.ArgumentNullException>("problem", () => tally.Report(null!));
    }
}
