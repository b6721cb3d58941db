using System.Linq;
using ParIndex.Surveys;
using ParIndex.Tests.Support;
using Xunit;

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
        Assert.Equal((DiagnosticKind.AnswerOutOfScale, "A1", 42, "96"), (problem.Kind, problem.CriterionCode, problem.Line, problem.UnitCode));
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

        Assert.Equal("options", Assert.Throws<System.ArgumentException>(() => new SurveyTally(SurveyFixture.Instrument, options)).ParamName);
    }
}
