using static ParIndex.TestSupport.Workbooks;

namespace ParIndex.Tests.Excel;

/// <summary>Indicators read from workbooks the package did not write: one saved by LibreOffice, and cells of each kind
/// Excel stores made with the Open XML SDK.</summary>
public class IndicatorsXlsxTests
{
    private static readonly string LibreOfficeFile = Path.Combine(RepositoryFiles.Root, "samples", "data", "indicators-ca-mau-fragment.xlsx");

    // samples/data/indicators-ca-mau-fragment.xlsx: the sample CSV (indicators-ca-mau-fragment.csv) converted by LibreOffice 7.4 (Debian's
    // libreoffice-calc: soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx, 76 = UTF-8): names and codes as
    // shared strings, 2023 and 90 as numbers, 2022-12-20 as the date serial 44915 in the format yyyy\-mm\-dd, 95% as
    // 0.95 in the format 0.00%, "yes;yes" as text. Cà Mau 1880/QĐ-UBND 1.1–1.2 by hand:
    // A: plan on time 1 + tasks 1 + results 1 + 95% > 90% → 2 + reports 1 + content 0 = 6 of 7 → 85.71.
    // B: plan late (15 Feb, due 31 Dec) 0.5 + tasks 0 + results 1 + 90% in [70, 90] → 1 + reports 0 + content 1 = 3.5 of 7 → 50.00.
    // C: not done 0 + tasks n/a (max 7 − 1 = 6) + results 0 + 69.99% < 70% → 0 + reports 1 + content 1 = 2 of 6 → 33.33.
    [Fact]
    public void Read_WorkbookSavedByLibreOffice_GivesTheHandComputedScorecards()
    {
        var units = IndicatorsXlsx.Read(LibreOfficeFile, CaMau1880.Fragment, null).GetValueOrThrow();

        var cards = new Scorer(CaMau1880.Fragment).ScoreAll(units);
        Assert.Equal([("A", "Sở A", 6m, 85.71m), ("B", "Sở B", 3.5m, 50.00m), ("C", "Sở C", 2m, 33.33m)], cards.Select(c => (c.Unit.Code, c.Unit.Name, c.Points, c.RoundedIndex)));
    }

    [Fact]
    public void Read_PercentFormattedNumber_IsThePercentageTheCellShows()
    {
        // Excel stores 95% as 0.95 with the built-in format 9 (0%): as shown, 95% → 2 of 2 points for 1.1.4.
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.4"), N("0.95", 1)]);

        var builder = new ReportedIndicatorsBuilder(CaMau1880.Fragment);
        IndicatorsXlsx.ReadInto(builder, book, null, "book.xlsx");
        var unit = Assert.Single(builder.Build().GetValueOrThrow());

        Assert.Equal(ParIndex.Rules.IndicatorValue.Percent(95m), unit["1.1.4"]);
    }

    [Fact]
    public void Read_DateSerialAndBoolean_AreADateAndYes()
    {
        // 44926 is 2022-12-31 (days since 1899-12-30): the plan on its due date is on time; TRUE is yes.
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.1"), N("44926", 2)], [S("A"), N("2023"), S("1.1.3"), new CellSpec("1", "b")]);

        var unit = Assert.Single(IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx").GetValueOrThrow());

        Assert.Equal(ParIndex.Rules.IndicatorValue.Completed(new NodaTime.LocalDate(2022, 12, 31)), unit["1.1.1"]);
        Assert.Equal(ParIndex.Rules.IndicatorValue.Flag(true), unit["1.1.3"]);
    }

    [Theory]
    // Excel's serials count 29 February 1900 (Lotus 1-2-3's leap-year bug): 1 is 1900-01-01, 59 is 1900-02-28 and 61 is
    // 1900-03-01. .NET's OLE Automation dates do not, so main read 1 as 1899-12-31 and 59 as 1900-02-27.
    [InlineData("1", false, 1900, 1, 1)]
    [InlineData("59", false, 1900, 2, 28)]
    [InlineData("61", false, 1900, 3, 1)]
    // A workbook of the 1904 date system (Excel for Mac before 2011, the option "Use 1904 date system") counts days from
    // 1904-01-01: 43464 is 2022-12-31 and 60 is 1904-03-01, a day that was. Main read them by the 1900 system, four years
    // and a day early (2018-12-30), and refused 60 as the 29 February 1900 that Excel's 1900 system counts.
    [InlineData("43464", true, 2022, 12, 31)]
    [InlineData("60", true, 1904, 3, 1)]
    [InlineData("0", true, 1904, 1, 1)]
    public void Read_DateSerial_IsTheDayExcelShows(string serial, bool date1904, int year, int month, int day)
    {
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.1"), N(serial, 2)]);
        if (date1904)
        {
            using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(book, true);
            document.WorkbookPart!.Workbook.InsertAt(new DocumentFormat.OpenXml.Spreadsheet.WorkbookProperties { Date1904 = true }, 0);
        }
        book.Position = 0;

        var unit = Assert.Single(IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx").GetValueOrThrow());

        Assert.Equal(ParIndex.Rules.IndicatorValue.Completed(new NodaTime.LocalDate(year, month, day)), unit["1.1.1"]);
    }

    [Fact]
    public void Read_DateSerial60_IsAProblemAtItsCell()
    {
        // Serial 60 is the 29 February 1900 Excel shows and the calendar lacks: main read it as 1900-02-28.
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.1"), N("60", 2)], [S("A"), N("2023"), S("1.1.3"), new CellSpec("1", "b")]);

        var result = IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.ValueOutOfRange, "book.xlsx", "Data!D2"), (problem.Kind, problem.File, problem.JsonPath));
        Assert.Equal("the cell holds the date 1900-02-29 (serial 60), a day Excel counts that never was: 1900 was no leap year; type the date meant", problem.Message);
    }

    // Sheet 'Số liệu' of the LibreOffice workbook: each unit's code, name and year merged down over its six rows, and
    // 1.1.4 as a percent-formatted number, 0.955 and 0.8619, shown "95,50 %" and "86,19 %". By hand (Cà Mau 1880/QĐ-UBND
    // 1.1–1.2): A as unit A of the CSV sample, 95.5% > 90% → 2, in all 6 of 7 → 85.71; B the same but 86.19% in
    // [70, 90] → 1, so 5 of 7 → 71.43.
    [Fact]
    public void Read_LibreOfficeSheetWithMergedUnitCellsAndPercentFormats_ReadsCellsAsTheyShow()
    {
        var units = IndicatorsXlsx.Read(LibreOfficeInputs.Path, CaMau1880.Fragment, "Số liệu").GetValueOrThrow();

        Assert.Equal([("A", 6), ("B", 6)], units.Select(u => (u.Unit.Code, u.Count)));
        Assert.Equal(ParIndex.Rules.IndicatorValue.Percent(86.19m), units[1]["1.1.4"]);
        Assert.Equal([85.71m, 71.43m], new Scorer(CaMau1880.Fragment).ScoreAll(units).Select(c => c.RoundedIndex));
    }

    [Fact]
    public void Read_BadValue_NamesTheSheetAndCellAndQuotesIt()
    {
        // A header in row 2 under a title row; the bad value is in D4, on a sheet whose name needs quoting. Text typed
        // into a cell is read as a decimal-comma locale writes it, so "1.234" reads two ways (1.234 or 1234): refused.
        var book = Make("Số liệu", [S("Chỉ số CCHC 2023")], [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.3"), S("yes")], [S("A"), N("2023"), S("1.1.4"), S("1.234")]);

        var result = IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(("book.xlsx", "'Số liệu'!D4"), (problem.File, problem.JsonPath));
        Assert.Contains("'1.234'", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("86,19 %")] // typed as text in a Vietnamese Excel
    [InlineData("86,19%")]
    [InlineData("86.19%")] // a lone dot before two digits is a decimal point in either locale
    public void Read_PercentTypedAsText_IsReadAsItShows(string typed)
    {
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.4"), S(typed)]);

        var result = IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx");

        Assert.Equal(ParIndex.Rules.IndicatorValue.Percent(86.19m), Assert.Single(result.Value)["1.1.4"]);
    }

    [Fact]
    public void Read_ErrorCell_IsACellErrorAtItsPlace()
    {
        var book = Make("Data", [S("unit"), S("year"), S("code"), S("value")], [S("A"), N("2023"), S("1.1.4"), new CellSpec("#N/A", "e")]);

        var result = IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx");

        var problem = result.Diagnostics.First();
        Assert.Equal((DiagnosticKind.CellError, "Data!D2"), (problem.Kind, problem.JsonPath));
        Assert.Contains("#N/A", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumn_NamesTheHeaderRow()
    {
        var book = Make("Data", [S("unit"), S("year"), S("value")], [S("A"), N("2023"), S("yes")]);

        var problem = Assert.Single(IndicatorsXlsx.Read(book, CaMau1880.Fragment, null, "book.xlsx").Diagnostics);

        Assert.Equal(DiagnosticKind.MalformedRow, problem.Kind);
        Assert.Contains("no column 'code'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SheetNotThere_NamesTheSheetsThatAre()
    {
        var book = Make("Data", [S("unit")]);

        var problem = Assert.Single(IndicatorsXlsx.Read(book, CaMau1880.Fragment, "Sheet9", "book.xlsx").Diagnostics);

        Assert.Equal(DiagnosticKind.NotAWorkbook, problem.Kind);
        Assert.Contains("no sheet 'Sheet9'; sheets: 'Data'", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CsvBytes_AreNotAWorkbook()
    {
        using var csv = new MemoryStream("unit,year,code,value\n"u8.ToArray());

        var problem = Assert.Single(IndicatorsXlsx.Read(csv, CaMau1880.Fragment, null, "units.xlsx").Diagnostics);

        Assert.Equal((DiagnosticKind.NotAWorkbook, "units.xlsx"), (problem.Kind, problem.File));
    }

    [Theory]
    [InlineData(new byte[] { 0x75, 0x6E, 0x69, 0x74, 0x2C, 0x79, 0x65, 0x61, 0x72, 0x0A }, "it is text (a CSV file?), not a zip package; give it a name ending .csv")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "it is an .xls workbook of Excel 97–2003; open it in Excel or LibreOffice and save it as .xlsx")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF }, "it is not a zip package, as every .xlsx workbook is")]
    [InlineData(new byte[0], "the file is empty")]
    public void Read_NotAWorkbook_SaysWhatTheFileIsInOurWords(byte[] bytes, string looks)
    {
        // The packaging library's words ("Central Directory corrupt", "File contains corrupted data") are another
        // project's, and may be localized: the message says what the file is instead, where its first bytes tell.
        var problem = Assert.Single(IndicatorsXlsx.Read(new MemoryStream(bytes), CaMau1880.Fragment, null, "units.xlsx").Diagnostics);

        Assert.Equal((DiagnosticKind.NotAWorkbook, "the file is not an Excel workbook (.xlsx) that can be opened: " + looks), (problem.Kind, problem.Message));
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_SaysItInOurWords()
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            writer.Write("not a workbook");
        }
        zip.Position = 0;

        var problem = Assert.Single(IndicatorsXlsx.Read(zip, CaMau1880.Fragment, null, "units.xlsx").Diagnostics);

        Assert.Equal((DiagnosticKind.NotAWorkbook, "the file is not an Excel workbook (.xlsx) that can be opened: it is a zip package without a workbook in it"), (problem.Kind, problem.Message));
    }
}
