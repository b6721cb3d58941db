using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using ParIndex.Surveys;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Tests.Surveys;

public class SurveyJsonTests
{
    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task ComputeAsync_CodesAndNames_GiveTheHandCalculatedFigures()
    {
        // The fixture's five respondents, provinces by code or by name.
        const string json = """
            [
              { "year": 2023, "province": "96", "answers": [5, 4, 3, 1, 2] },
              { "year": 2023, "province": "Cà Mau", "weight": 3, "district": "Năm Căn", "answers": [2, 9, 4, 2, 5] },
              { "year": 2023, "province": "ca mau", "answers": [4, 0, 1, 1, 4] },
              { "year": 2023, "province": "Tỉnh Cà Mau", "answers": [3, 5, 5, 9, 1] },
              { "year": 2023, "province": "Hanoi", "answers": [5, 5, 5, 1, 5] }
            ]
            """;

        var result = await SurveyJson.ComputeAsync(SurveyFixture.Instrument, Utf8(json), new SipasOptions { BootstrapReplicates = 0 });

        Assert.Equal((5L, 5L), (result.Input.RowsRead, result.Input.RowsUsed));
        Assert.Equal(56.25m, result[SurveyFixture.CaMau].Overall!.Value);
        Assert.Equal(65m, result.NationalPooled.Overall!.Value);
    }

    [Fact]
    public async Task ReadIntoAsync_BadRows_AreReportedWithTheirPath()
    {
        const string json = """
            [
              { "year": 2023, "province": "Atlantis", "answers": [5, 5, 5, 1, 5] },
              { "year": 2023, "province": "96", "weight": null, "answers": [5, 5, 5, 1, 5] },
              { "year": 2023, "province": "96", "answers": [5, 5, 5, 1, 300] },
              { "province": "96", "answers": [5, 5, 5, 1, 5] },
              { "year": 2023, "province": "01", "answers": [5, 5, 5, 1, 5] }
            ]
            """;
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BootstrapReplicates = 0 });

        await SurveyJson.ReadIntoAsync(Utf8(json), tally);
        var report = tally.ToResult().Input;

        Assert.Equal((5L, 1L, 4L), (report.RowsRead, report.RowsUsed, report.RowsRejected));
        Assert.Equal(
            [(DiagnosticKind.UnknownName, "$[0]"), (DiagnosticKind.InvalidWeight, "$[1]"), (DiagnosticKind.AnswerOutOfScale, null), (DiagnosticKind.MalformedRow, "$[3]")],
            report.Problems.Select(p => (p.Kind, p.JsonPath)));
    }

    [Fact]
    public async Task ReadIntoAsync_MalformedJson_Throws()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        var error = await Assert.ThrowsAsync<InvalidSurveyException>(() => SurveyJson.ReadIntoAsync(Utf8("[ { \"year\": 2023, "), tally));

        Assert.Equal(DiagnosticKind.MalformedJson, error.Diagnostics.Single().Kind);
    }
}
