using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

public class SurveyXlsxTests
{
    private static readonly SipasOptions NoBootstrap = new() { BootstrapReplicates = 0 };

    // Sheet 'Phiếu': the five respondents of SurveyFixture (as SurveyCsvTests' Good file), answers as numbers, provinces
    // as documents write them; the same hand-worked figures: Cà Mau 56.25, the nation pooled 65.
    [Fact]
    public void ReadInto_LibreOfficeSheet_GivesTheFiguresOfTheSameAnswersInCsv()
    {
        var tally = new SurveyTally(SurveyFixture.Instrument, NoBootstrap);
        using (var book = LibreOfficeInputs.Open())
        {
            SurveyXlsx.ReadInto(book, tally, "Phiếu");
        }

        SurveyFixture.AssertFiguresOfAFile(tally.ToResult());
    }

    [Fact]
    public void ReadInto_UnknownProvince_IsARejectedRowNamingItsCell()
    {
        var book = Make("Phiếu", [S("year"), S("province"), S("A1"), S("A2"), S("B1"), S("B2"), S("P1")], [N("2023"), S("Atlantis"), N("5"), N("5"), N("5"), N("1"), N("5")]);
        var tally = new SurveyTally(SurveyFixture.Instrument, NoBootstrap);

        SurveyXlsx.ReadInto(book, tally, null, file: "answers.xlsx");

        var problem = Assert.Single(tally.ToResult().Input.Problems);
        Assert.Equal((DiagnosticKind.UnknownName, "answers.xlsx", "'Phiếu'!B2"), (problem.Kind, problem.File, problem.JsonPath));
        // The cell names the row: main said it again ("'Phiếu'!B2: row 2: …").
        Assert.DoesNotContain("row 2", problem.Message, System.StringComparison.Ordinal);
        Assert.Contains("'Atlantis'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInto_ColumnThatIsNoQuestion_RefusesTheSheet()
    {
        var book = Make("Phiếu", [S("year"), S("province"), S("Z9")], [N("2023"), S("Cà Mau"), N("5")]);

        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyXlsx.ReadInto(book, new SurveyTally(SurveyFixture.Instrument), null));

        Assert.Equal("'Phiếu'!C1", Assert.Single(error.Diagnostics).JsonPath);
    }

    [Fact]
    public void ReadInto_NotAWorkbook_RefusesIt()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => SurveyXlsx.ReadInto(new MemoryStream("year,province\n"u8.ToArray()), new SurveyTally(SurveyFixture.Instrument), null));

        Assert.Equal(DiagnosticKind.NotAWorkbook, Assert.Single(error.Diagnostics).Kind);
    }

    [Fact]
    public void ReadInto_ErrorCells_AreCellErrorsAtTheirCells_AndTheRowIsRejectedOnce()
    {
        // Row 2 holds #N/A for A1 and #VALUE! for B2: an error is not an answer (nor a blank one), so the row is
        // rejected, as the other readers drop what an error cell holds; row 3 is read.
        var book = Make(
            "Phiếu",
            [S("year"), S("province"), S("A1"), S("A2"), S("B1"), S("B2"), S("P1")],
            [N("2023"), S("Cà Mau"), new CellSpec("#N/A", "e"), N("5"), N("5"), new CellSpec("#VALUE!", "e"), N("5")],
            [N("2023"), S("Cà Mau"), N("4"), N("4"), N("4"), N("1"), N("4")]);
        var tally = new SurveyTally(SurveyFixture.Instrument, NoBootstrap);

        SurveyXlsx.ReadInto(book, tally, null, file: "answers.xlsx");

        var input = tally.ToResult().Input;
        Assert.Equal((2L, 1L, 1L), (input.RowsRead, input.RowsUsed, input.RowsRejected));
        Assert.Equal([(DiagnosticKind.CellError, "'Phiếu'!C2"), (DiagnosticKind.CellError, "'Phiếu'!F2")], input.Problems.Select(p => (p.Kind, p.JsonPath)));
        Assert.Contains("#N/A", input.Problems[0].Message, System.StringComparison.Ordinal);
    }
}
