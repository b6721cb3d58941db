using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ParIndex.Csv;
using ParIndex.Surveys;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Tests.Csv;

public class SurveyCsvTests
{
    private static readonly SipasOptions NoBootstrap = new() { BootstrapReplicates = 0 };

    // The fixture's five respondents (see SurveyFixture), provinces written as documents write them.
    private const string Good = """
        year,province,district,weight,A1,A2,B1,B2,P1
        2023,Cà Mau,Năm Căn,1,5,4,3,1,2
        2023,Tỉnh Cà Mau,,3,2,9,4,2,5
        2023,ca mau,,1,4,,1,1,4
        2023,96,,1,3,5,5,9,1
        2023,TP. Hà Nội,,1,5,5,5,1,5
        """;

    [Fact]
    public void Compute_GoodFile_GivesTheHandCalculatedFigures()
    {
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Good), NoBootstrap);

        Assert.Equal((5L, 5L, 0L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected));
        Assert.Equal(56.25m, result[SurveyFixture.CaMau].Overall!.Value);
        Assert.Equal(65m, result.NationalPooled.Overall!.Value);
        Assert.Equal(1, result[SurveyFixture.CaMau].Items[1].NoAnswer); // the empty A2 cell
    }

    private const string Bad = """
        year,province,weight,A1,A2,B1,B2,P1
        2023,Cà Mau,1,5,4,3,1,2
        2023,Atlantis,1,5,5,5,1,5
        2023,Cà Mau,,5,5,5,1,5
        2023,Cà Mau,1,7,5,5,1,5
        2023,Cà Mau,1,x,5,5,1,5
        2023,Cà Mau,1,5,5
        hai nghìn,Cà Mau,1,5,5,5,1,5
        2023,Hà Nội,2,5,5,5,1,5
        """;

    [Fact]
    public void Compute_BadRows_Reject_ReportsEachWithItsLine()
    {
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Bad), NoBootstrap);
        var report = result.Input;

        Assert.Equal((8L, 2L, 6L), (report.RowsRead, report.RowsUsed, report.RowsRejected));
        Assert.Equal(
            [(3, DiagnosticKind.UnknownName), (4, DiagnosticKind.InvalidWeight), (5, DiagnosticKind.AnswerOutOfScale), (6, DiagnosticKind.AnswerOutOfScale), (7, DiagnosticKind.MalformedRow), (8, DiagnosticKind.MalformedRow)],
            report.Problems.Select(p => (p.Line!.Value, p.Kind)).OrderBy(p => p.Item1));
        Assert.Contains("line 3", report.Problems.Single(p => p.Kind == DiagnosticKind.UnknownName).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BadRows_CountAsInvalid_KeepsRowsWithBadAnswers()
    {
        var result = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(Bad), new SipasOptions { BadRows = BadRowPolicy.CountAsInvalid, BootstrapReplicates = 0 });

        // Lines 5 and 6 are used, their A1 counted invalid; the rows without a province, weight, fields or year are still rejected.
        Assert.Equal((8L, 4L, 4L, 2L), (result.Input.RowsRead, result.Input.RowsUsed, result.Input.RowsRejected, result.Input.RowsWithInvalidAnswers));
        Assert.Equal(2, result[SurveyFixture.CaMau].Items[0].Invalid);
        // Cà Mau A2: answers 4, 5, 5 → 100%; A1: only line 2's 5 is valid → 100%.
        Assert.Equal((3L, 1L), (result[SurveyFixture.CaMau].Items[1].Valid, result[SurveyFixture.CaMau].Items[0].Valid));
    }

    [Fact]
    public void ReadInto_UnknownColumn_ThrowsWithTheHeaderProblem()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        var error = Assert.Throws<InvalidSurveyException>(() => SurveyCsv.ReadInto(new StringReader("year,province,A1,Z9\n2023,Cà Mau,5,5\n"), tally, null));

        Assert.Contains("'Z9'", error.Diagnostics.Single().Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadIntoAsync_SemicolonsAndAGivenYear_ReadLikeTheSyncReader()
    {
        var csv = "province;A1;A2;B1;B2;P1\nCà Mau;5;4;3;1;2\nHà Nội;5;5;5;1;5\n";
        var options = new SurveyCsvOptions { Csv = new CsvOptions { Separator = ';' }, Year = 2023 };
        var asyncTally = new SurveyTally(SurveyFixture.Instrument, NoBootstrap);

        await SurveyCsv.ReadIntoAsync(new StringReader(csv), asyncTally, options);
        var expected = SurveyCsv.Compute(SurveyFixture.Instrument, new StringReader(csv), NoBootstrap, options);

        Assert.Equal(expected.Provinces.Select(p => p.ToString()), asyncTally.ToResult().Provinces.Select(p => p.ToString()));
        Assert.Equal(2L, expected.Input.RowsUsed);
    }
}
