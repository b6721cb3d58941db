namespace ParIndex.Tests.Surveys;

public class SatisfactionProfileTests
{
    // Computed on each use, not cached in a static field: a cached figure is made once, under whichever mutant a
    // mutation run has active then, and hides the rest (docs/mutation-testing.md).
    private static SipasResult Result => SipasResult.Compute(
        SurveyFixture.Instrument,
        [.. SurveyFixture.Responses, SurveyFixture.R(ParIndex.Geography.ProvinceList.Units63["48"], 1, 0, 0, 0, 0, 0)],
        new SipasOptions { BootstrapReplicates = 0 });

    [Fact]
    public void ToString_GivesScopeOverallAndRespondents()
    {
        // Cà Mau: overall 56.25 % on 4 + 2 + 4 + 4 = 14 valid answers, below the default minimum of 30; 4 respondents.
        Assert.Equal("Cà Mau: 56.25% (n = 14) below the minimum of answers (4 respondents)", Result[SurveyFixture.CaMau].ToString());
        // Đà Nẵng answered only blanks: no figure.
        Assert.Equal("Đà Nẵng: no figure (1 respondents)", Result[ParIndex.Geography.ProvinceList.Units63["48"]].ToString());
    }

    [Fact]
    public void Scope_NamesTheNationalProfiles()
    {
        Assert.Equal(("national, pooled respondents", 6L), (Result.NationalPooled.Scope, Result.NationalPooled.Respondents));
        Assert.Equal("national, mean of provinces", Result.NationalMeanOfProvinces.Scope);
        Assert.Null(Result.NationalPooled.Province);
        Assert.Equal(SurveyFixture.CaMau, Result[SurveyFixture.CaMau].Province);
    }

    [Fact]
    public void Elements_FollowTheInstrument()
    {
        Assert.Equal(["A", "B", "P"], Result[SurveyFixture.CaMau].Elements.Select(e => e.Element.Code));
        Assert.Equal(["A1", "A2", "B1", "B2", "P1"], Result[SurveyFixture.CaMau].Items.Select(i => i.Question.Code));
    }

    [Fact]
    public void Find_NullMeasure_IsRefused() =>
        Assert.Throws<ArgumentNullException>("measure", () => Result[SurveyFixture.CaMau].Find(null!));

    [Fact]
    public void CountOf_CountsOneCodeOfOneQuestion()
    {
        // Cà Mau's A2 answers, as the fixture lists them: 4, 9 (don't know), 0 (blank), 5; its B2 (yes/no)
        // answers 1, 2, 1, 9. Counts are of answers, unweighted (the second respondent's weight 3 does not count).
        var caMau = Result[SurveyFixture.CaMau];

        Assert.Equal((1L, 1L, 1L, 1L, 0L), (caMau.CountOf("A2", 4), caMau.CountOf("A2", 9), caMau.CountOf("A2", 0), caMau.CountOf("A2", 5), caMau.CountOf("A2", 3)));
        Assert.Equal((2L, 1L, 1L), (caMau.CountOf("B2", 1), caMau.CountOf("B2", 2), caMau.CountOf("B2", 9)));
    }

    [Fact]
    public void CountOf_BadArguments_AreRefusedNamingWhat()
    {
        var caMau = Result[SurveyFixture.CaMau];

        Assert.Throws<ArgumentNullException>("question", () => caMau.CountOf(null!, 4));
        Assert.Contains("Z9", Assert.Throws<KeyNotFoundException>(() => caMau.CountOf("Z9", 4)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("code", () => caMau.CountOf("A2", 10));
    }
}
