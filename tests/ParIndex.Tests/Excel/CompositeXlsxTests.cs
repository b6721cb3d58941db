using ParIndex.Tests.Composites;
using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

public class CompositeXlsxTests
{
    private static readonly string Bad = Path.Combine(RepositoryFiles.Root, "tests", "ParIndex.Tests", "Excel", "Files", "composite-bad.libreoffice.xlsx");

    // samples/data/composites/asem.xlsx: COINr's ASEM_iData and ASEM_iMeta as the sheets iData and iMeta, saved by
    // LibreOffice 7.4 from a flat OpenDocument file of the two CSVs (numbers as numbers, NA as an empty cell). Run through
    // the sample pipeline it must give what the CSVs give, which AsemTests checks against COINr's published figures
    // (CHE first with 68.38).
    [Fact]
    public void Read_AsemWorkbookSavedByLibreOffice_GivesTheResultsOfTheCsvFiles()
    {
        var model = CompositeXlsx.Read(Path.Combine(RepositoryFiles.Root, "samples", "data", "composites", "asem.xlsx"), CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet);

        var result = CompositePipeline.Parse(RepositoryFiles.Read("samples/data/composites/asem.json")).Run(model);

        Assert.Equal(AsemTests.Model.Units.Select(u => u.Code), model.Units.Select(u => u.Code));
        Assert.Equal(1, result.RankOf("CHE").Rank);
        Assert.Equal(68.38, System.Math.Round(result.Scores["CHE", "Index"]!.Value, 2));
        foreach (var unit in model.Units)
        {
            Assert.Equal(AsemTests.Example.Scores[unit.Code, "Index"]!.Value, result.Scores[unit.Code, "Index"]!.Value, 12);
        }
    }

    [Fact]
    public void Read_DataSheetWithAHeaderOnly_SaysSoAtTheRowUnderIt()
    {
        // Main: "there are no units", at no sheet or cell; with the row counted, an index past the sheet's rows.
        using var book = Make([
            ("iData", [[S("uCode"), S("x")]]),
            ("iMeta", [
                [S("Level"), S("iCode"), S("Direction"), S("Weight"), S("Parent"), S("Type")],
                [N("1"), S("x"), N("1"), N("1"), S("Idx"), S("Indicator")],
                [N("2"), S("Idx"), N("1"), N("1"), null, S("Aggregate")]])]);

        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(book, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, "coin.xlsx"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticKind.Empty, problem.Kind);
        Assert.EndsWith("iData!A2: the file has no rows of units after its header", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextThatIsNoWorkbook_SaysSoOnce()
    {
        // bdebdb1 and later listed the same NotAWorkbook problem twice, once for each sheet it looked for.
        using var text = new MemoryStream("uCode,uName\nA,An\n"u8.ToArray());

        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(text, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, "coin.xlsx"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.NotAWorkbook, "coin.xlsx"), (problem.Kind, problem.File));
    }

    // composite-bad.libreoffice.xlsx (from composite-bad.fods, by LibreOffice): iMeta gives X1 the direction 2 (D2), and
    // iData's B3 holds the text "nhiều" where X1 is a number.
    [Fact]
    public void Read_BadCells_EveryProblemNamesItsCell()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(Bad, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet));

        var messages = error.Diagnostics.Select(d => d.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("composite-bad.libreoffice.xlsx iMeta!D2: direction must be 1 or -1, not 2", System.StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("composite-bad.libreoffice.xlsx iData!B3: 'nhiều' is not a number", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SheetNotThere_IsAProblemNamingTheSheets()
    {
        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(Bad, "Data", CompositeXlsx.MetaSheet));

        Assert.Contains("no sheet 'Data'; sheets: 'iData', 'iMeta'", Assert.Single(error.Diagnostics).Message, System.StringComparison.Ordinal);
    }

    private static readonly System.Collections.Generic.IReadOnlyList<CellSpec?>[] Meta =
    [
        [S("iCode"), S("Level"), S("Parent"), S("Direction"), S("Weight"), S("Type")],
        [S("x"), N("1"), S("Idx"), N("1"), N("1"), S("Indicator")],
        [S("Idx"), N("2"), S("NA"), N("1"), N("1"), S("Aggregate")],
    ];

    [Fact]
    public void Read_PercentFormattedNumber_IsThePercentageTheCellShows()
    {
        // A's x is 0.8619 in the built-in format 0% (Excel shows 86%, 86.19% with two decimals): read as 86.19, the
        // percentage, as the other readers read a percent cell. B's x is the text "72,5" typed in a Vietnamese
        // spreadsheet, C's the number 1.234 stored (a point, not a thousands separator: the workbook stores numbers).
        var book = Make([("iData", [[S("uCode"), S("x")], [S("A"), N("0.8619", 1)], [S("B"), S("72,5")], [S("C"), N("1.234")]]), ("iMeta", Meta)]);

        var model = CompositeXlsx.Read(book, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, "book.xlsx");

        Assert.Equal([86.19, 72.5, 1.234], model.Units.Select(u => u.Values["x"]!.Value));
    }

    [Fact]
    public void Read_ErrorCell_IsACellErrorAtItsCellAndNotAValue()
    {
        var book = Make([("iData", [[S("uCode"), S("x")], [S("A"), new CellSpec("#VALUE!", "e")], [S("B"), N("2")]]), ("iMeta", Meta)]);

        var error = Assert.ThrowsAny<DiagnosticException>(() => CompositeXlsx.Read(book, CompositeXlsx.DataSheet, CompositeXlsx.MetaSheet, "book.xlsx"));

        var problem = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticKind.CellError, "iData!B2"), (problem.Kind, problem.JsonPath));
        Assert.Contains("#VALUE!", problem.Message, System.StringComparison.Ordinal);
    }
}
