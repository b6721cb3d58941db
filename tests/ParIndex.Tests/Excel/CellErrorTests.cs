using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

/// <summary>
/// A cell holding an error (#N/A, #VALUE!) in any column of any table reader's sheet: one <see cref="DiagnosticKind.CellError"/>
/// at its cell and nothing more. Main also reported what the emptied cell then looked like — "'' is not a percentage",
/// "'' is not a year", "the row has no unit", "no criterion has the code ''" — quoting a text the workbook does not hold.
/// </summary>
public class CellErrorTests
{
    private static readonly CellSpec Error = new("#N/A", "e");

    public static TheoryData<string, int> ErrorCells()
    {
        var data = new TheoryData<string, int>();
        foreach (var (reader, columns) in new[] { ("indicators", 5), ("area points", 4), ("results", 4), ("assessments", 8), ("reported values", 5) })
        {
            for (var column = 0; column < columns; column++)
            {
                data.Add(reader, column);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCells))]
    public void Read_ErrorInAnyColumn_IsOneCellErrorAtItsCell(string reader, int column)
    {
        var (header, row, read) = Table(reader);
        row[column] = Error;

        var problems = read(Make("Data", [.. header.Select(S)], row));

        var problem = Assert.Single(problems);
        Assert.Equal((DiagnosticKind.CellError, $"Data!{(char)('A' + column)}2"), (problem.Kind, problem.JsonPath));
        Assert.Equal("the cell holds the error #N/A, not a value", problem.Message);
    }

    [Fact]
    public void Read_ErrorInOneRow_LeavesTheOtherRowsRead()
    {
        // Unit A's 1.1.4 is an error and its 1.1.3 is read: the unit keeps the value that is there.
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.4"), Error], [S("A"), N("2023"), S("1.1.3"), S("yes")]);

        var result = IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx");

        Assert.Equal(DiagnosticKind.CellError, Assert.Single(result.Diagnostics).Kind);
        var unit = Assert.Single(result.Value);
        Assert.Single(unit);
        Assert.Equal(ParIndex.Rules.IndicatorValue.Flag(true), unit["1.1.3"]);
    }

    [Theory]
    [InlineData("19/20", "the cell holds the formula =19/20 but not its value: open the workbook in Excel or LibreOffice and save it, so that the value is stored")]
    [InlineData("", "the cell holds a formula but not its value: open the workbook in Excel or LibreOffice and save it, so that the value is stored")]
    public void Read_FormulaWithoutItsValue_IsOneCellErrorSayingSo(string formula, string message)
    {
        // A workbook written by a program that does not compute formulas stores <f> without <v>. Main read the cell as
        // empty and said "'' is not a percentage"; the second row is a shared formula, written once elsewhere.
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.4"), N("0.95", 1)]);
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(book, true))
        {
            var cell = Cells(document)["D2"];
            cell.RemoveAllChildren();
            cell.CellFormula = new DocumentFormat.OpenXml.Spreadsheet.CellFormula(formula);
        }
        book.Position = 0;

        var problem = Assert.Single(IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx").Diagnostics);

        Assert.Equal((DiagnosticKind.CellError, "Data!D2", message), (problem.Kind, problem.JsonPath, problem.Message));
    }

    private static (string[] Header, CellSpec?[] Row, Func<MemoryStream, IEnumerable<Diagnostic>> Read) Table(string reader) => reader switch
    {
        "indicators" => (["unit", "name", "year", "code", "value"], [S("A"), S("Sở A"), N("2023"), S("1.1.4"), N("0.95", 1)],
            book => IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx").Diagnostics),
        "area points" => (["unit", "name", "area", "points"], [S("A"), S("Sở A"), S("1"), N("5.5")],
            book => AreaPointsXlsx.Read(book, null, "book.xlsx").Diagnostics),
        "results" => (["year", "province", "value_percent", "rank"], [N("2023"), S("Hà Nội"), N("90"), N("1")],
            book => PublishedResultsXlsx.Read(book, PublishedIndex.Par, null, "book.xlsx").Diagnostics),
        "assessments" => (["unit", "name", "year", "code", "self", "appraised", "reason", "evidence"],
            [S("A"), S("Sở A"), N("2023"), S("1.1.3"), N("1"), N("0.5"), S("chưa rõ"), S("123/KH-SA")],
            book => AssessmentsXlsx.Read(book, null, "book.xlsx").Diagnostics),
        "reported values" => (["indicator", "year", "value", "source", "reported_on"],
            [S(ReformPlan.Seeds[0].Targets[0].Indicator.Id), N("2023"), N("90"), S("báo cáo"), S("2023-12-31")],
            book => ReportedValuesXlsx.Read(book, ReformPlan.Seeds[0], null, "book.xlsx").Diagnostics),
        _ => throw new ArgumentOutOfRangeException(nameof(reader), reader, null),
    };
}
