using System.Threading;
using System.Threading.Tasks;

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

        var result = await SipasResult.ComputeJsonAsync(SurveyFixture.Instrument, Utf8(json), new SipasOptions { BootstrapReplicates = 0 });

        Assert.Equal((5L, 5L), (result.Input.RowsRead, result.Input.RowsUsed));
        Assert.Equal(56.25m, result[SurveyFixture.CaMau].Overall!.Value);
        Assert.Equal(65m, result.NationalPooled.Overall!.Value);
    }

    [Fact]
    public async Task ReadJsonAsync_BadRows_AreReportedWithTheirPath()
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

        await tally.ReadJsonAsync(Utf8(json));
        var report = tally.ToResult().Input;

        Assert.Equal((5L, 1L, 4L), (report.RowsRead, report.RowsUsed, report.RowsRejected));
        Assert.Equal(
            [(DiagnosticKind.UnknownName, "$[0]"), (DiagnosticKind.InvalidWeight, "$[1]"), (DiagnosticKind.AnswerOutOfScale, null), (DiagnosticKind.MalformedRow, "$[3]")],
            report.Problems.Select(p => (p.Kind, p.JsonPath)));
    }

    [Theory]
    [InlineData("1e-320")] // a double more than 0 whose square is 0: an OverflowException from the interval's decimal
    [InlineData("1e308")] // past 2^96, refused as before
    [InlineData("1e-29")] // below the smallest positive decimal, which the CSV reader cannot read either
    public async Task ComputeJsonAsync_WeightOutsideTheDecimalRange_IsAnInvalidWeightAtItsPath(string weight)
    {
        var json = "[{ \"year\": 2023, \"province\": \"96\", \"weight\": " + weight + ", \"answers\": [5, 4, 3, 1, 2] },"
            + " { \"year\": 2023, \"province\": \"96\", \"weight\": " + weight + ", \"answers\": [5, 4, 3, 1, 2] }]";

        var result = await SipasResult.ComputeJsonAsync(SurveyFixture.Instrument, Utf8(json), new SipasOptions { Weighting = SurveyWeighting.SamplingWeights });

        Assert.Equal((2L, 0L, 2L), (result.RowsRead, result.RowsUsed, result.RowsRejected));
        Assert.Equal([(DiagnosticKind.InvalidWeight, "$[0]"), (DiagnosticKind.InvalidWeight, "$[1]")], result.Problems.Select(p => (p.Kind, p.JsonPath)));
        Assert.Contains("is not a number from 1e-28 to less than 2^96", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_AnswerBeyondAWholeNumber_IsSaidTooLarge_QuotedAsWritten()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        var error = await Assert.ThrowsAsync<InvalidSurveyException>(() => tally.ReadJsonAsync(Utf8("""[ { "year": 2023, "province": "96", "answers": [1e30, 4, 3, 1, 2] } ]""")));

        // Main: "expected a whole number", false of 1e30.
        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "$[0].answers[0]"), (problem.Kind, problem.JsonPath));
        Assert.Equal("'1e30' is too large for any whole number of this format (at most 2147483647 either way)", problem.Message);
    }

    [Fact]
    public async Task ReadJsonAsync_MalformedJson_Throws()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument);

        var error = await Assert.ThrowsAsync<InvalidSurveyException>(() => tally.ReadJsonAsync(Utf8("[ { \"year\": 2023, ")));

        Assert.Equal(DiagnosticKind.MalformedJson, error.Diagnostics.Single().Kind);
    }

    [Fact]
    public async Task ReadJsonAsync_ResponsesAcrossManyReads_PlacesAProblemByItsLineInTheWholeDocument()
    {
        // Line 1 is "[", response i is on line i + 2; the stream gives 7 bytes a read, so responses cross every block.
        // Response 700 (line 702) writes its year as text: "  { \"year\": " is 12 bytes, so the value starts at column 13.
        var rows = Enumerable.Range(0, 1000).Select(i => i == 700
            ? "  { \"year\": \"2019\", \"province\": \"96\", \"answers\": [5, 4, 3, 1, 2] }"
            : "  { \"year\": 2023, \"province\": \"96\", \"answers\": [5, 4, 3, 1, 2] }");
        var json = "[\n" + string.Join(",\n", rows) + "\n]\n";
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BootstrapReplicates = 0 });

        var error = await Assert.ThrowsAsync<InvalidSurveyException>(() => tally.ReadJsonAsync(new TrickleStream(Encoding.UTF8.GetBytes(json))));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.MalformedJson, "$[700].year", 702, 13), (problem.Kind, problem.JsonPath, problem.Line, problem.Column));
        Assert.Equal(700L, tally.ToResult().Input.RowsRead);
    }

    [Fact]
    public async Task ReadJsonAsync_ByteOrderMarkAndAResponseLongerThanTheBuffer_ReadsEveryResponse()
    {
        // The reader starts with a 16 KiB buffer: a district of 40,000 letters makes it grow. Second response: no weight, 1.
        var district = new string('x', 40_000);
        var json = "\uFEFF[ { \"year\": 2023, \"province\": \"96\", \"district\": \"" + district + "\", \"weight\": 2, \"answers\": [5, 4, 3, 1, 2] },\n"
            + "  { \"year\": 2023, \"province\": \"96\", \"answers\": [5, 4, 3, 1, 2] } ]";
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BootstrapReplicates = 0 });

        await tally.ReadJsonAsync(Utf8(json));

        var input = tally.ToResult().Input;
        Assert.Equal((2L, 2L), (input.RowsRead, input.RowsUsed));
        Assert.Empty(input.Problems);
    }

    [Fact]
    public async Task ReadJsonAsync_UnknownProperty_IsIgnoredAsBefore()
    {
        // Survey files carry columns of their own (a respondent id): the reader takes the format's and leaves the rest.
        const string json = """[ { "id": "R-1", "year": 2023, "province": "96", "answers": [5, 4, 3, 1, 2] } ]""";
        var tally = new SurveyTally(SurveyFixture.Instrument, new SipasOptions { BootstrapReplicates = 0 });

        await tally.ReadJsonAsync(Utf8(json));

        Assert.Equal(1L, tally.ToResult().Input.RowsUsed);
    }

    /// <summary>A stream that gives at most 7 bytes a read, as a slow network would.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(7, buffer.Length)], cancellationToken);
    }
}
