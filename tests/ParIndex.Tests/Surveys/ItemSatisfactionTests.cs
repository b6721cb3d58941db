namespace ParIndex.Tests.Surveys;

public class ItemSatisfactionTests
{
    // Cà Mau's four respondents of the fixture, without a bootstrap, at the default minimum of 30 answers.
    // Computed on each use, not cached in a static field: a cached figure is made once, under whichever mutant a
    // mutation run has active then, and hides the rest (docs/mutation-testing.md).
    private static SatisfactionProfile CaMau => SipasResult.Compute(SurveyFixture.Instrument, SurveyFixture.Responses, new SipasOptions { BootstrapReplicates = 0 })[SurveyFixture.CaMau];

    [Fact]
    public void Counts_OfASatisfactionQuestion()
    {
        // A2 answers 4, 9 (don't know), 0 (blank), 5: 2 valid, both satisfied.
        var a2 = CaMau.Items[1];

        Assert.Equal((2L, 2L, 1L, 1L, 0L), (a2.Valid, a2.Satisfied, a2.DontKnow, a2.NoAnswer, a2.Invalid));
        Assert.Equal((1L, 1L, 0L, 1L, 1L), (a2.CountOf(4), a2.CountOf(5), a2.CountOf(1), a2.CountOf(0), a2.CountOf(9)));
    }

    [Fact]
    public void Counts_OfASatisfactionQuestionWithSomeNotSatisfied_CountOnlyTheSatisfiedCodes()
    {
        // A1 answers 5, 2, 4, 3: 4 valid, of which 5 and 4 are satisfied (2); 2 and 3 are valid but not satisfied.
        var a1 = CaMau.Items[0];

        Assert.Equal((4L, 2L), (a1.Valid, a1.Satisfied));
    }

    [Fact]
    public void Counts_OfAYesNoQuestion_AreValidButNeverSatisfied()
    {
        // B2 answers 1, 2, 1, 9: codes 1 and 2 are its answers, so 3 valid; no share is made of them.
        var b2 = CaMau.Items[3];

        Assert.Equal((3L, 0L, 1L), (b2.Valid, b2.Satisfied, b2.DontKnow));
        Assert.Null(b2.Figure);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10)]
    public void CountOf_CodeOutsideZeroToNine_Throws(int code) =>
        Assert.Throws<ArgumentOutOfRangeException>(nameof(code), () => CaMau.Items[0].CountOf(code));

    [Fact]
    public void ToString_GivesTheFigureOrTheValidAnswers()
    {
        // A1: 2 of 4 = 50 %, Wilson [15.0039, 84.9961] at n = 4, below the minimum of 30.
        Assert.Equal("A1: 50.00% [15.00, 85.00] (Wilson, n = 4) below the minimum of answers", CaMau.Items[0].ToString());
        Assert.Equal("B2: 3 valid", CaMau.Items[3].ToString());
    }
}
