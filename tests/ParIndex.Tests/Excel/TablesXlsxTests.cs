using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Tests.Excel;

/// <summary>Result tables as workbooks: numbers stay numbers, formula-like text stays text.</summary>
public class TablesXlsxTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+SUM(A1)", true)]
    [InlineData("-2+3", true)]
    [InlineData("@cmd", true)]
    [InlineData("\tx", true)]
    [InlineData("-3", false)]
    [InlineData("+1.5", false)]
    [InlineData("Sở A", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsFormulaLike_Text_SaysWhetherASpreadsheetWouldRunIt(string? text, bool expected)
    {
        Assert.Equal(expected, TablesXlsx.IsFormulaLike(text));
    }

    private static MemoryStream Write(params SpreadsheetTable[] tables)
    {
        var stream = new MemoryStream();
        TablesXlsx.Write(stream, tables);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Write_DecimalsIntsAndText_AreNumbersWithFormatsAndText()
    {
        var table = new SpreadsheetTable("ranking", ["unit", "rank", "index"], [["Quảng Ninh", 1, 92.18m], ["=HYPERLINK(\"http://x\")", 2, 87.333m], ["-3", null, null]], ["Source: a note"]);

        using var document = Workbooks.Open(Write(table));
        var cells = Workbooks.Cells(document);
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();

        Assert.Equal("92.18", cells["C2"].CellValue!.Text);
        Assert.Equal(2u, formats[(int)cells["C2"].StyleIndex!.Value].NumberFormatId!.Value); // built-in 2: 0.00
        Assert.Equal("87.333", cells["C3"].CellValue!.Text); // exact in the cell, two decimals shown
        Assert.Equal(1u, formats[(int)cells["B2"].StyleIndex!.Value].NumberFormatId!.Value); // built-in 1: 0
        Assert.True(formats[(int)cells["A3"].StyleIndex!.Value].QuotePrefix!.Value);
        Assert.Equal("=HYPERLINK(\"http://x\")", cells["A3"].InnerText); // the text as it was, not a formula
        Assert.Null(cells["A3"].CellFormula);
        Assert.Null(cells["A4"].StyleIndex); // "-3" is a plain number written as text: nothing to neutralise
        Assert.Equal("Source: a note", cells["A6"].InnerText);
    }

    [Fact]
    public void Write_PercentColumn_IsTheFractionInThePercentFormat_AndReadsBackAsThePercentage()
    {
        // 86.19 in a percent column: the cell holds 0.8619 (what a spreadsheet computes with) and shows 86.19%.
        var table = new SpreadsheetTable("values", ["unit", "year", "code", "value", "points"], [["A", 2023, "1.1.4", 86.19m, 1m]], percentColumns: ["value"]);

        using var stream = Write(table);
        using (var document = Workbooks.Open(stream))
        {
            var cells = Workbooks.Cells(document);
            var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
            Assert.Equal("0.8619", cells["D2"].CellValue!.Text);
            Assert.Equal(10u, formats[(int)cells["D2"].StyleIndex!.Value].NumberFormatId!.Value); // built-in 10: 0.00%
            Assert.Equal(2u, formats[(int)cells["E2"].StyleIndex!.Value].NumberFormatId!.Value); // not a percent column
        }
        stream.Position = 0;

        var unit = Assert.Single(IndicatorsXlsx.Read(stream, CaMau1880.Fragment, null, null).Value);
        Assert.Equal(ParIndex.Rules.IndicatorValue.Percent(86.19m), unit["1.1.4"]);
    }

    [Fact]
    public void SpreadsheetTable_PercentColumnThatIsNoColumn_IsAnArgumentException() =>
        Assert.Throws<ArgumentException>("percentColumns", () => new SpreadsheetTable("t", ["a"], [[1m]], percentColumns: ["b"]));

    [Fact]
    public void Write_TwoTables_TwoSheets()
    {
        using var document = Workbooks.Open(Write(new SpreadsheetTable("a", ["x"], [[1]]), new SpreadsheetTable("b", ["y"], [[2]])));

        Assert.Equal("2", Workbooks.Cells(document, 1)["A2"].CellValue!.Text);
    }

    [Fact]
    public void Write_TwoTablesOfOneName_IsAnArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Write(new SpreadsheetTable("a", ["x"], []), new SpreadsheetTable("A", ["x"], [])));
    }

    [Theory]
    [InlineData("ranking/2023")]
    [InlineData("")]
    [InlineData("a name longer than thirty-one characters")]
    public void SpreadsheetTable_NameExcelRefuses_IsAnArgumentException(string name)
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new SpreadsheetTable(name, ["x"], [])).ParamName);
    }

    [Fact]
    public void Write_SameTablesTwice_GivesTheSameBytes()
    {
        // Before: each run named its relationships at random ("R562e…") and stamped the zip entries with the clock, so
        // the same tables (a template, an --output workbook) never gave the same file twice.
        SpreadsheetTable[] tables = [new("a", ["x", "y"], [[1, "Sở A"]]), new("b", ["z"], [[2.5m]])];
        using var first = Write(tables);
        System.Threading.Thread.Sleep(2100); // past the zip format's 2-second time resolution

        using var second = Write(tables);

        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
