using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

public class AssessmentsXlsxTests
{
    // Sheet 'Tự đánh giá': a title merged over A1:G1; the header over rows 2–3, unit/name/year/code/reason merged down
    // A2:A3 … G2:G3 and "Điểm" merged over E2:F2 above "self" and "appraised"; unit A, its name and year merged down
    // A4:A7 over its four rows. As shown, row 3 is the header and every data row is unit A's.
    [Fact]
    public void Read_LibreOfficeSheetWithMergedHeaderAndUnitCells_ReadsEveryRowAsItShows()
    {
        var result = AssessmentsXlsx.Read(LibreOfficeInputs.Path, "Tự đánh giá");

        var record = Assert.Single(result.GetValueOrThrow());
        Assert.Equal(("A", "Sở A", 2023), (record.Unit.Code, record.Unit.Name, record.Year));
        Assert.Equal(["1.1.1", "1.1.4", "1.2.1", "1.2.2"], record.Leaves.Select(l => l.Code));
        Assert.Equal((1m, 0.5m, "nộp muộn"), (record.Leaves[0].SelfScore, record.Leaves[0].AppraisedScore, record.Leaves[0].AppraisalReason));
        Assert.Equal((2m, 2m), (record.Leaves[1].SelfScore, record.Leaves[1].AppraisedScore));
        Assert.Equal((1.5m, 1.5m), (record.Leaves[2].SelfScore, record.Leaves[2].AppraisedScore)); // "1,5" typed as text; 1.5 a number
        Assert.True(record.Leaves[3].NotApplicable); // "không áp dụng"
    }

    [Fact]
    public void Read_BadScore_NamesTheCellAndQuotesIt_AsTheCsvReaderDoes()
    {
        var book = Make("Data", [S("unit"), S("name"), S("year"), S("code"), S("self")], [S("A"), S("Sở A"), N("2023"), S("1.1.1"), S("nhiều")]);

        var result = AssessmentsXlsx.Read(book, null, "form.xlsx");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "form.xlsx", "Data!E2", "1.1.1", "A"), (problem.Kind, problem.File, problem.JsonPath, problem.ItemCode, problem.UnitCode));
        Assert.StartsWith("'nhiều' is not", problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(result.Value);
    }

    [Fact]
    public void Read_HeaderWithoutRows_IsEmptyUnderTheHeader()
    {
        var book = Make("Data", [S("unit"), S("name"), S("year"), S("code"), S("self")]);

        var problem = Assert.Single(AssessmentsXlsx.Read(book, null, "form.xlsx").Diagnostics);

        Assert.Equal((DiagnosticKind.Empty, "Data!A2"), (problem.Kind, problem.JsonPath));
    }
}
