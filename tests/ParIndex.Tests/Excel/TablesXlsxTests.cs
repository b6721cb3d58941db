using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Excel;
using ParIndex.Tests.Support;
using Xunit;

namespace ParIndex.Tests.Excel;

/// <summary>Result tables as workbooks: numbers stay numbers, formula-like text stays text.</summary>
public class TablesXlsxTests
{
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
}
